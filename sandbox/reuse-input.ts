import { DESCRIPTION_SIZE_LIMIT, REUSE_TOPIC_IDS, REUSE_TYPE_IDS, TITLE_SIZE_LIMIT } from "./constants";
import { validationError } from "./http";
import { type Json, type JsonObject, isObject } from "./json";
import { type ReuseRecord } from "./model";
import { slugify } from "./slug";
import { type Store } from "./store";
import { type Caller } from "./visibility";

/**
 * Validation of a reuse's writable fields (POST and PUT bodies) with udata's messages. Unknown and
 * read-only fields (id, slug, metrics...) are ignored, as udata does with what clients echo back.
 */
export interface ReuseInput {
  title?: string;
  description?: string;
  type?: string;
  topic?: string;
  url?: string;
  tags?: string[];
  datasets?: string[];
  private?: boolean;
  extras?: JsonObject;
  archived?: string | null;
  /** `"deleted": null` restores a deleted reuse. */
  restore?: boolean;
  organization?: string | null;
  owner?: string | null;
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const invalid = (error: string): Checked<never> => ({ ok: false, error });

const REQUIRED = ["title", "description", "type", "url", "topic"] as const;
const REQUIRED_MESSAGE = "Field is required";

/** A reference is an id, or an object with an `id` (`{"class": "Dataset", "id": ...}`). */
export function referenceId(value: Json | undefined): string | null | undefined {
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (isObject(value) && typeof value.id === "string") return value.id;
  return undefined;
}

function choice(value: Json, choices: readonly string[]): Checked<string> {
  if (typeof value === "string" && choices.includes(value)) return ok(value);
  return invalid(`Value must be one of [${choices.map((id) => `'${id}'`).join(", ")}]`);
}

function text(value: Json, limit: number): Checked<string> {
  if (typeof value !== "string" || !value.trim()) return invalid(REQUIRED_MESSAGE);
  return value.length > limit ? invalid(`String value is too long (max ${limit})`) : ok(value);
}

function uniqueUrl(store: Store, value: Json, current: ReuseRecord | null): Checked<string> {
  const url = typeof value === "string" ? value.trim() : "";
  if (!url) return invalid(REQUIRED_MESSAGE);
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url) || !URL.canParse(url)) return invalid(`Invalid URL "${url}"`);
  if (store.state.reuses.some((reuse) => reuse.url === url && reuse !== current))
    return invalid("This URL is already registered");
  return ok(url);
}

/** Tags are slugified like udata's tag list, 3 to 96 characters each. */
function tags(value: Json): Checked<string[]> {
  if (!Array.isArray(value)) return invalid("Tags must be a list of strings");
  const slugs = value.map((tag) => (typeof tag === "string" ? slugify(tag) : ""));
  const wrong = slugs.find((tag) => tag.length < 3 || tag.length > 96);
  return wrong === undefined
    ? ok([...new Set(slugs)])
    : invalid(`Tag "${wrong}" must be between 3 and 96 characters long.`);
}

function datasets(store: Store, value: Json): Checked<string[]> {
  const refs = Array.isArray(value) ? value.map((item) => referenceId(item)) : [undefined];
  const ids = refs.map((ref) => (typeof ref === "string" ? store.dataset(ref)?.id : undefined));
  if (ids.some((id) => id === undefined)) {
    const unknown = refs.filter((_, index) => ids[index] === undefined).map(String);
    return invalid(`Unknown identifiers: ${unknown.join(", ")}`);
  }
  return ok([...new Set(ids.filter((id): id is string => id !== undefined))]);
}

function archived(value: Json): Checked<string | null> {
  if (value === null) return ok(null);
  return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? ok(value) : invalid("Invalid date/time input");
}

/** Owner and organization: set once, at creation, to the caller or one of the caller's organizations. */
function ownership(
  store: Store,
  caller: Caller,
  key: "organization" | "owner",
  value: Json,
  current: ReuseRecord | null,
): Checked<string | null> {
  const id = referenceId(value);
  if (current) return id === current[key] ? ok(id) : invalid("This field can only be set at creation");
  if (id === null) return ok(null);
  if (key === "owner")
    return id === caller.user.id || caller.isAdmin ? ok(id ?? null) : invalid("You can only set yourself as owner");
  const organization = id === undefined ? undefined : store.organization(id);
  if (!organization) return invalid("Unknown organization");
  return caller.isAdmin || caller.organizations.has(organization.id)
    ? ok(organization.id)
    : invalid("Permission denied for this organization");
}

/** The checked input, or a 400 with every field's error. `current` is null when creating. */
export function readReuseInput(
  store: Store,
  caller: Caller,
  body: JsonObject,
  current: ReuseRecord | null,
): ReuseInput {
  const input: ReuseInput = {};
  const errors: Record<string, string[]> = {};
  const check = <K extends keyof ReuseInput>(
    key: K,
    raw: Json | undefined,
    read: (value: Json) => Checked<ReuseInput[K]>,
  ) => {
    if (raw === undefined) return;
    const result = read(raw);
    if (result.ok) input[key] = result.value;
    else errors[key] = [result.error];
  };
  check("title", body.title, (value) => text(value, TITLE_SIZE_LIMIT));
  check("description", body.description, (value) => text(value, DESCRIPTION_SIZE_LIMIT));
  check("type", body.type, (value) => choice(value, REUSE_TYPE_IDS));
  check("topic", body.topic, (value) => choice(value, REUSE_TOPIC_IDS));
  check("url", body.url, (value) => uniqueUrl(store, value, current));
  check("tags", body.tags, tags);
  check("datasets", body.datasets, (value) => datasets(store, value));
  check("private", body.private, (value) => (typeof value === "boolean" ? ok(value) : invalid("Not a valid boolean")));
  check("extras", body.extras, (value) => (isObject(value) ? ok(value) : invalid("Extras must be an object")));
  check("archived", body.archived, archived);
  check("organization", body.organization, (value) => ownership(store, caller, "organization", value, current));
  check("owner", body.owner, (value) => ownership(store, caller, "owner", value, current));
  if (body.deleted === null) input.restore = true;
  if (!current) for (const field of REQUIRED) if (body[field] === undefined) errors[field] = [REQUIRED_MESSAGE];
  if (Object.keys(errors).length > 0) throw validationError(errors);
  return input;
}
