import { requireCaller } from "../auth";
import { MESSAGES } from "../constants";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { HttpError, badRequest, forbidden, notFound, readJsonObject } from "../http";
import { newObjectId } from "../ids";
import { type Json, type JsonObject, isObject } from "../json";
import { type PersonRef, type TransferRecord } from "../model";
import { isObjectId } from "../params";
import { organizationRef, userRef } from "../render/refs";
import { absolute, apiUrl, pageUrl } from "../urls";
import { type Caller, roleIn } from "../visibility";

/**
 * Transfers (udata/features/transfer/): asking to give a reuse to a user or an organization
 * (`TransferRequestsAPI.post`, `actions.request_transfer`), the list of those the caller may see
 * (`TransferRequestsAPI.get`), one transfer (`TransferRequestAPI.get`) and the answer (`TransferRequestAPI.post`,
 * `accept_transfer`, `refuse_transfer`), with `permissions.py`'s rules: site admins may do anything.
 */

const STATUSES = ["pending", "accepted", "refused"] as const;
/** An uncaught Python exception (a missing key, a bad ObjectId): Flask's 500. */
const internalError = () => new HttpError(500, { message: "Internal Server Error" });

/** `OrganizationAdminNeed` or `UserNeed`, behind udata's `Permission` (which lets site admins through). */
function isPerson(ctx: Context, person: PersonRef, caller: Caller | null): boolean {
  if (!caller) return false;
  if (caller.isAdmin) return true;
  if (person.class === "User") return person.id === caller.user.id;
  const organization = ctx.store.organization(person.id);
  return organization !== undefined && roleIn(organization, caller) === "admin";
}

/** The subject's owner: its organization, else its owner (`subject.organization or subject.owner`). */
function ownerOf(reuse: { organization: string | null; owner: string | null }): PersonRef | null {
  if (reuse.organization) return { class: "Organization", id: reuse.organization };
  if (reuse.owner) return { class: "User", id: reuse.owner };
  return null;
}

/** `TransferPermission(transfer.subject)`: of the subject as it is now. */
function mayTransfer(ctx: Context, transfer: TransferRecord, caller: Caller | null): boolean {
  const reuse = ctx.store.reuse(transfer.subject.id);
  const owner = reuse && ownerOf(reuse);
  return owner ? isPerson(ctx, owner, caller) : caller?.isAdmin === true;
}

function renderPerson(ctx: Context, person: PersonRef): Json {
  return person.class === "User"
    ? userRef(ctx.base, ctx.store.user(person.id))
    : organizationRef(ctx.base, ctx.store.organization(person.id));
}

/** `Reuse.__ref_fields__`: the base reference and the fields marked `show_as_ref`. */
function renderSubject(ctx: Context, subject: TransferRecord["subject"]): Json {
  const reuse = ctx.store.reuse(subject.id);
  if (!reuse) return null;
  return {
    class: "Reuse",
    id: reuse.id,
    image: absolute(ctx.base, reuse.image),
    page: pageUrl(ctx.base, "reuses", reuse.slug),
    title: reuse.title,
    uri: apiUrl(ctx.base, "reuses", reuse.slug),
  };
}

/** `transfer_fields`, with its misspelt `reponse_comment`: no such attribute, so it is always null. */
function renderTransfer(ctx: Context, transfer: TransferRecord): JsonObject {
  return {
    comment: transfer.comment,
    created: transfer.created,
    id: transfer.id,
    owner: renderPerson(ctx, transfer.owner),
    recipient: renderPerson(ctx, transfer.recipient),
    reponse_comment: null,
    responded: transfer.responded,
    status: transfer.status,
    subject: renderSubject(ctx, transfer.subject),
    user: transfer.user ? userRef(ctx.base, ctx.store.user(transfer.user)) : null,
  };
}

/** `generic_in` turns the id into an ObjectId: anything else raises `InvalidId`, which nothing catches. */
function idFilter(value: string | null): string | null {
  if (!value) return null;
  if (!isObjectId(value)) throw internalError();
  return value;
}

function listTransfers(ctx: Context, request: ApiRequest) {
  const params = request.url.searchParams;
  const status = params.get("status");
  const subjectType = params.get("subject_type");
  if (status && !(STATUSES as readonly string[]).includes(status)) {
    throw new HttpError(400, {
      errors: { status: `The value '${status}' is not a valid choice for 'status'.` },
      message: MESSAGES.inputValidation,
    });
  }
  if (subjectType && !["Dataset", "Reuse", "Dataservice"].includes(subjectType)) {
    throw new HttpError(400, {
      errors: { subject_type: `The value '${subjectType}' is not a valid choice for 'subject_type'.` },
      message: MESSAGES.inputValidation,
    });
  }
  const subject = idFilter(params.get("subject"));
  const recipient = idFilter(params.get("recipient"));
  if (!subject && !recipient) throw badRequest("Please provide at least a `subject` or a `recipient`");
  const found = ctx.store.state.transfers.filter(
    (transfer) =>
      (!subject || transfer.subject.id === subject) &&
      (!subjectType || transfer.subject.class === subjectType) &&
      (!recipient || transfer.recipient.id === recipient) &&
      (!status || transfer.status === status) &&
      (mayTransfer(ctx, transfer, request.caller) || isPerson(ctx, transfer.recipient, request.caller)),
  );
  return { status: 200, body: found.map((transfer) => renderTransfer(ctx, transfer)) };
}

/** `db.resolve_model`: a dict with a `class` udata knows, else a ValueError (400 with its message). */
function modelOf(reference: Json | undefined): string {
  if (!isObject(reference) || !("class" in reference)) throw badRequest("Unsupported model specifications");
  const name = String(reference.class);
  if (!["Reuse", "Dataset", "Dataservice", "User", "Organization"].includes(name)) {
    throw badRequest(`Model "${name}" does not exist`);
  }
  return name;
}

/** `Model.objects.get(id=…)`: a missing `id` key is a KeyError (500), an unknown one `ns.abort(400, errors=…)`. */
function referenced(reference: Json | undefined, field: "subject" | "recipient"): string {
  if (!isObject(reference) || !("id" in reference)) throw internalError();
  const id = String(reference.id);
  if (!isObjectId(id)) {
    throw new HttpError(400, {
      errors: { id: `'${id}' is not a valid ObjectId, it must be a 12-byte input or a 24-character hex string` },
      message: `ValidationError (${field}) ('${id}' is not a valid ObjectId)`,
    });
  }
  return id;
}

const unknown = (field: "subject" | "recipient", id: string) =>
  new HttpError(400, { errors: { [field]: `Unkown ${field} id "${id}"` } });

function recipientOf(ctx: Context, body: JsonObject): PersonRef {
  const model = modelOf(body.recipient);
  const id = referenced(body.recipient, "recipient");
  const exists =
    model === "User"
      ? ctx.store.user(id)?.id === id
      : model === "Organization" && ctx.store.organization(id)?.id === id;
  if (!exists) throw unknown("recipient", id);
  return { class: model === "User" ? "User" : "Organization", id };
}

async function requestTransfer(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const body = await readJsonObject(request.raw);
  if (!("subject" in body) || !("recipient" in body)) throw internalError();
  const model = modelOf(body.subject);
  const subjectId = referenced(body.subject, "subject");
  // The sandbox has no dataservice, and transfers only reuses: any other subject is unknown.
  const reuse = model === "Reuse" ? ctx.store.reuse(subjectId) : undefined;
  if (!reuse || reuse.id !== subjectId) throw unknown("subject", subjectId);
  const recipient = recipientOf(ctx, body);
  const owner = ownerOf(reuse);
  if (!(owner ? isPerson(ctx, owner, caller) : caller.isAdmin)) throw forbidden();
  if (!owner || (owner.class === recipient.class && owner.id === recipient.id)) {
    throw badRequest("Recipient should be different than the current owner");
  }
  const comment = typeof body.comment === "string" ? body.comment : null;
  const transfer: TransferRecord = {
    id: newObjectId(),
    user: caller.user.id,
    owner,
    recipient,
    subject: { class: "Reuse", id: reuse.id },
    comment,
    status: "pending",
    created: udataTimestamp(),
    responded: null,
    responder: null,
    response_comment: null,
  };
  ctx.store.state.transfers.push(transfer);
  ctx.store.changed();
  return { status: 201, body: renderTransfer(ctx, transfer) };
}

/** `Transfer.objects.get_or_404(id=id_or_404(id))`. */
function transferOf(ctx: Context, id: string | undefined): TransferRecord {
  const found = id && isObjectId(id) ? ctx.store.state.transfers.find((item) => item.id === id) : undefined;
  if (!found) throw notFound();
  return found;
}

async function respond(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const transfer = transferOf(ctx, request.params.id);
  if (transfer.status !== "pending") throw badRequest("Cannot update transfer after accepting/refusing");
  const body = await readJsonObject(request.raw);
  if (!("response" in body)) throw internalError();
  // `raise ValueError()`: udata's handler answers its empty message.
  if (body.response !== "accept" && body.response !== "refuse") throw badRequest("");
  if (!isPerson(ctx, transfer.recipient, caller)) throw forbidden();
  const now = udataTimestamp();
  transfer.responded = now;
  transfer.responder = caller.user.id;
  transfer.status = body.response === "accept" ? "accepted" : "refused";
  transfer.response_comment = typeof body.comment === "string" ? body.comment : null;
  const reuse = ctx.store.reuse(transfer.subject.id);
  if (transfer.status === "accepted" && reuse) {
    // `Owned.clean`: setting one side of the ownership clears the other.
    reuse.organization = transfer.recipient.class === "Organization" ? transfer.recipient.id : null;
    reuse.owner = transfer.recipient.class === "User" ? transfer.recipient.id : null;
    reuse.last_modified = now;
  }
  ctx.store.changed();
  return { status: 200, body: renderTransfer(ctx, transfer) };
}

export function transferRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/transfer/", handler: (request) => listTransfers(ctx, request) },
    { method: "POST", path: "/api/1/transfer/", handler: (request) => requestTransfer(ctx, request) },
    {
      method: "GET",
      path: "/api/1/transfer/:id/",
      handler: (request) => ({ status: 200, body: renderTransfer(ctx, transferOf(ctx, request.params.id)) }),
    },
    { method: "POST", path: "/api/1/transfer/:id/", handler: (request) => respond(ctx, request) },
  ];
}
