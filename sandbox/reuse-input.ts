import { REUSE_TOPIC_IDS, REUSE_TYPE_IDS } from "./constants";
import { fieldCheckError, modelValidationError } from "./http";
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
  dataservices?: string[];
  private?: boolean;
  extras?: JsonObject;
  archived?: string | null;
  /** `"deleted": null` restores a deleted reuse. */
  restore?: boolean;
  organization?: string | null;
  owner?: string | null;
}

/**
 * Where udata finds an error: `patch` while it reads the body (choices, references and the model's checks,
 * udata/api_fields.py `patch`: the first one stops the request), or `save` (mongoengine's validation, every field).
 */
type Checked<T> = { ok: true; value: T } | { ok: false; error: string; stage: "patch" | "save" };
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const invalid = (error: string): Checked<never> => ({ ok: false, error, stage: "save" });
const refused = (error: string): Checked<never> => ({ ok: false, error, stage: "patch" });

const REQUIRED_MESSAGE = "Field is required";
/** The model's fields in mongoengine's validation order (declaration order), with what makes them required. */
const VALIDATION_ORDER = ["title", "slug", "description", "type", "url", "urlhash", "datasets", "tags", "topic"];
const DERIVED_FROM: Readonly<Record<string, string>> = { slug: "title", urlhash: "url" };
const REQUIRED = ["title", "description", "type", "url", "topic"];

/** A reference is an id, or an object with an `id` (`{"class": "Dataset", "id": ...}`). */
export function referenceId(value: Json | undefined): string | null | undefined {
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (isObject(value) && typeof value.id === "string") return value.id;
  return undefined;
}

/** patch()'s own check of a StringField's `choices`. */
function choice(value: Json, choices: readonly string[]): Checked<string> {
  if (typeof value === "string" && choices.includes(value)) return ok(value);
  const listed = choices.map((id) => `'${id}'`).join(", ");
  return refused(
    `'${typeof value === "string" ? value : JSON.stringify(value)}' is not a valid choice. Valid choices: [${listed}]`,
  );
}

/** A blank string is read as absent (udata's patch), so a required field answers "Field is required". */
function text(value: Json): Checked<string | null> {
  if (value === null || (typeof value === "string" && !value.trim())) return ok(null);
  return typeof value === "string" ? ok(value) : invalid("StringField only accepts string values");
}

function uniqueUrl(store: Store, value: Json, current: ReuseRecord | null): Checked<string | null> {
  const url = typeof value === "string" ? value.trim() : "";
  if (!url) return ok(null);
  // `check_url_does_not_exists` runs while patching, when the url changes.
  if (url !== current?.url && store.state.reuses.some((reuse) => reuse.url === url && reuse !== current))
    return refused("This URL is already registered");
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url) || !URL.canParse(url)) return invalid(`Invalid URL "${url}"`);
  return ok(url);
}

/** udata's TagListField: slugified, deduplicated and sorted, 3 to 96 characters each. */
function tags(value: Json): Checked<string[]> {
  if (!Array.isArray(value)) return invalid("Only lists and tuples may be used in a list field");
  const slugs = [...new Set(value.map((tag) => (typeof tag === "string" ? slugify(tag) : "")))].sort();
  const wrong = slugs.find((tag) => tag.length < 3 || tag.length > 96);
  return wrong === undefined ? ok(slugs) : invalid(`Tag "${wrong}" must be between 3 and 96 characters long.`);
}

/** `wrap_primary_key`: the first id that names no dataset (or dataservice) is refused while patching. */
function references(find: (id: string) => { id: string } | undefined, value: Json): Checked<string[]> {
  const refs = Array.isArray(value) ? value.map((item) => referenceId(item)) : [undefined];
  const ids: string[] = [];
  for (const ref of refs) {
    const id = typeof ref === "string" ? find(ref)?.id : undefined;
    if (id === undefined) return refused(`Unknown reference '${String(ref)}'`);
    if (!ids.includes(id)) ids.push(id);
  }
  return ok(ids);
}

function archived(value: Json): Checked<string | null> {
  if (value === null) return ok(null);
  return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? ok(value) : invalid("cannot parse date");
}

/**
 * Owner and organization (udata/core/owned.py): an existing organization of the caller, the caller as owner; set
 * at creation only, except by site admins.
 */
function ownership(
  store: Store,
  caller: Caller,
  key: "organization" | "owner",
  value: Json,
  current: ReuseRecord | null,
): Checked<string | null> {
  const id = referenceId(value);
  if (id === null || id === undefined) return ok(null);
  const known = key === "owner" ? store.user(id) : store.organization(id);
  if (!known || known.id !== id) return refused(`Unknown reference '${id}'`);
  if (current && current[key] === id) return ok(id);
  if (key === "owner" && id !== caller.user.id && !caller.isAdmin) return refused("You can only set yourself as owner");
  if (key === "organization" && !caller.isAdmin && !caller.organizations.has(id))
    return refused("Permission denied for this organization");
  if (current && !caller.isAdmin) return refused(`Cannot modify ${key} after creation`);
  return ok(id);
}

/**
 * The checked input, or udata's 400 (udata/api/__init__.py `handle_validation_error`): the first error met while
 * patching the body, in its order, or every field mongoengine refuses at save. `current` is null when creating.
 */
export function readReuseInput(
  store: Store,
  caller: Caller,
  body: JsonObject,
  current: ReuseRecord | null,
): ReuseInput {
  const readers: Readonly<Record<string, (value: Json) => Checked<unknown>>> = {
    title: text,
    description: text,
    type: (value) => choice(value, REUSE_TYPE_IDS),
    topic: (value) => choice(value, REUSE_TOPIC_IDS),
    url: (value) => uniqueUrl(store, value, current),
    tags,
    datasets: (value) => references((id) => store.dataset(id), value),
    dataservices: (value) => references((id) => store.dataservice(id), value),
    private: (value) => (typeof value === "boolean" ? ok(value) : invalid("BooleanField only accepts boolean values")),
    extras: (value) => (isObject(value) ? ok(value) : invalid("Invalid extras")),
    archived,
    organization: (value) => ownership(store, caller, "organization", value, current),
    owner: (value) => ownership(store, caller, "owner", value, current),
  };
  const input: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [key, raw] of Object.entries(body)) {
    const read = readers[key];
    if (!read || raw === undefined) continue;
    const result = read(raw);
    if (result.ok) input[key] = result.value;
    else if (result.stage === "patch") throw fieldCheckError(key, result.error);
    else errors[key] = result.error;
  }
  if (body.deleted === null) input.restore = true;
  for (const field of REQUIRED) {
    const value = field in input ? input[field] : current ? "kept" : null;
    if (value === null) errors[field] = REQUIRED_MESSAGE;
  }
  for (const [derived, source] of Object.entries(DERIVED_FROM))
    if (!current && errors[source]) errors[derived] = REQUIRED_MESSAGE;
  const ordered = Object.fromEntries(
    VALIDATION_ORDER.filter((field) => errors[field]).map((field) => [field, errors[field] ?? ""]),
  );
  const rest = Object.fromEntries(Object.entries(errors).filter(([field]) => !VALIDATION_ORDER.includes(field)));
  if (Object.keys(errors).length > 0) throw modelValidationError("Reuse", current?.id ?? null, { ...ordered, ...rest });
  // Each key was read by its reader, and a required one left null answered 400 above.
  return input as ReuseInput;
}
