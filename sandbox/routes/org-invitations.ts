import { requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { badRequest, fieldCheckError, forbidden, notFound, readJsonObject } from "../http";
import { uuid } from "../seed/hash";
import { newObjectId } from "../ids";
import { type InvitationRecord } from "../model";
import { organizationRef, userRef } from "../render/refs";
import { roleIn } from "../visibility";

/**
 * The caller's invitations to join an organization, since udata 17 (udata/core/user/api.py
 * `MyOrgInvitationsAPI.get`, `AcceptOrgInvitationAPI.post`, `RefuseOrgInvitationAPI.post`; the answer's shape is
 * udata/core/organization/api_fields.py `pending_invitation_fields`).
 */

/** Werkzeug's `uuid` converter: any other id matches no route. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function listInvitations(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const pending = ctx.store.state.invitations.filter(
    (invitation) => invitation.user === caller.user.id && invitation.status === "pending",
  );
  return {
    status: 200,
    body: pending.map((invitation) => ({
      assignments: [],
      comment: invitation.comment,
      created: invitation.created,
      id: invitation.id,
      organization: organizationRef(ctx.base, ctx.store.organization(invitation.organization)),
      role: invitation.role,
    })),
  };
}

/** The caller's invitation with this id, whatever its status; else 404 "Invitation not found". */
function invitationOf(ctx: Context, request: ApiRequest): InvitationRecord {
  const id = request.params.id ?? "";
  if (!UUID.test(id)) throw notFound();
  const caller = requireCaller(request.caller);
  const found = ctx.store.state.invitations.find(
    (invitation) => invitation.id === id.toLowerCase() && invitation.user === caller.user.id,
  );
  if (!found) throw notFound("Invitation not found");
  if (found.status !== "pending") throw badRequest("Invitation is not pending");
  return found;
}

function answer(ctx: Context, request: ApiRequest, accept: boolean) {
  const invitation = invitationOf(ctx, request);
  const organization = ctx.store.organization(invitation.organization);
  if (!organization) throw notFound("Invitation not found");
  const now = udataTimestamp();
  invitation.status = accept ? "accepted" : "refused";
  invitation.handled_by = invitation.user;
  invitation.handled_on = now;
  const user = ctx.store.user(invitation.user);
  // `Member(user=user, role=req.role)`, appended to the organization's members.
  if (accept && user) ctx.store.addMember(organization, user, invitation.role, now);
  else ctx.store.changed();
  return { status: 200, body: { message: accept ? "Invitation accepted" : "Invitation refused" } };
}

/**
 * An organization admin invites a registered user (udata/core/organization/api.py `MemberInviteAPI.post`,
 * models.py `Organization.create_invitation`); the sandbox has no e-mail invitations nor partial editors.
 */
async function invite(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const organization = ctx.store.organization(request.params.org ?? "");
  if (!organization) throw notFound();
  // `org.permissions["members"]`: the organization's admins, and site admins.
  if (!caller.isAdmin && roleIn(organization, caller) !== "admin") throw forbidden();
  const body = await readJsonObject(request.raw);
  const userId = typeof body.user === "string" ? body.user : "";
  const user = userId ? ctx.store.user(userId) : undefined;
  if (userId && user?.id !== userId) throw fieldCheckError("user", `Unknown user '${userId}'`);
  if (!user) throw fieldCheckError("email", "Either user or email is required");
  if (organization.members.some((member) => member.user === user.id)) {
    throw fieldCheckError("user", "User is already a member");
  }
  const pending = ctx.store.state.invitations.some(
    (item) => item.organization === organization.id && item.user === user.id && item.status === "pending",
  );
  if (pending) throw fieldCheckError("user", "A request or invitation is already pending for this user");
  const role = body.role === undefined || body.role === null || body.role === "" ? "editor" : body.role;
  if (role !== "admin" && role !== "editor") throw fieldCheckError("role", "Value must be one of ['admin', 'editor']");
  const invitation: InvitationRecord = {
    id: uuid("invitation", newObjectId()),
    organization: organization.id,
    user: user.id,
    role,
    comment: typeof body.comment === "string" ? body.comment : null,
    created: udataTimestamp(),
    status: "pending",
    handled_by: null,
    handled_on: null,
  };
  ctx.store.state.invitations.push(invitation);
  ctx.store.changed();
  return {
    status: 201,
    body: {
      assignments: [],
      comment: invitation.comment,
      created: invitation.created,
      email: null,
      id: invitation.id,
      kind: "invitation",
      role: invitation.role,
      status: invitation.status,
      user: { ...userRef(ctx.base, user), email: user.email },
    },
  };
}

export function orgInvitationRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/me/org_invitations/", handler: (request) => listInvitations(ctx, request) },
    {
      method: "POST",
      path: "/api/1/me/org_invitations/:id/accept/",
      handler: (request) => answer(ctx, request, true),
    },
    {
      method: "POST",
      path: "/api/1/me/org_invitations/:id/refuse/",
      handler: (request) => answer(ctx, request, false),
    },
    { method: "POST", path: "/api/1/organizations/:org/member/", handler: (request) => invite(ctx, request) },
  ];
}
