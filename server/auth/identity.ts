import "server-only";

import { z } from "zod";

import { DEFAULT_LOCALE, LOCALES } from "~/lib/i18n/locales";
import { meSchema, organizationRefSchema } from "~/server/datagouv";
import { personName } from "~/lib/udata/person-name";

/** How long a session (and its vault entry) lives: a working day, then the producer signs in again. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** What the site shows of the signed-in user, fetched once at sign-in with `GET /me/` (masked to this). */
export const identitySchema = meSchema
  .pick({ id: true, slug: true, first_name: true, last_name: true, avatar_thumbnail: true, roles: true })
  .extend({ organizations: z.array(organizationRefSchema.pick({ id: true, name: true, slug: true })) });
export type Identity = z.output<typeof identitySchema>;

/** How a session was opened: an API key, or data.gouv.fr's OAuth2 (the words of an ended session differ). */
export type SignInMethod = "api-key" | "datagouv";

/**
 * The session as the server knows it (the next-auth JWT, encrypted in an HttpOnly cookie): the user id, an
 * opaque session id that finds the API key in the vault, and display data. Never the key itself.
 */
export const sessionTokenSchema = z.object({
  sub: z.string(),
  sid: z.string().min(32),
  name: z.string(),
  slug: z.string(),
  picture: z.string().nullable().optional(),
  roles: z.array(z.string()),
  organizations: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string() })),
  // Sessions opened before OAuth2 sign-in existed were all API-key sessions.
  via: z.enum(["api-key", "datagouv"]).default("api-key"),
  // The language of the producer area, chosen by the producer (app/[locale]/dashboard/langue); sessions opened
  // before it existed were French.
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
});

export function displayName(identity: Pick<Identity, "first_name" | "last_name" | "slug">) {
  return personName(identity) || identity.slug;
}
