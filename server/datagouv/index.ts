import "server-only";

// The public surface of the upstream client: endpoint functions, schemas and types, errors.
export { upstream, upstreamResponse, type UpstreamRequest, type UpstreamResponse } from "./client";
export { TIMEOUT_MS } from "./config";
export type { UpstreamCredential } from "./credential";
export { UpstreamError, isUpstreamError, type FieldErrors, type UpstreamErrorKind } from "./errors";
export { fieldsMask } from "./mask";
export { apiPath, objectId, slugOrId, badgeKind, uuid, type ApiPath } from "./paths";

export * from "./endpoints/reuses";
export * from "./endpoints/reuse-writes";
export * from "./endpoints/me";
export * from "./endpoints/me-lists";
export * from "./endpoints/discussions";
export * from "./endpoints/tokens";
export * from "./endpoints/key-api";
export * from "./endpoints/datasets";
export * from "./endpoints/dataservices";
export * from "./endpoints/organizations";
export * from "./endpoints/follows";
export * from "./endpoints/reports";
export * from "./endpoints/transfers";
export * from "./endpoints/org-invitations";
export * from "./endpoints/users";
export { IMAGE_TYPES, type ImageUpload } from "./endpoints/images";
export type { ItemSchema, ReadOptions } from "./endpoints/shared";

export * from "./schemas/common";
export * from "./schemas/user";
export * from "./schemas/organization";
export * from "./schemas/dataset";
export * from "./schemas/dataservice";
export * from "./schemas/reuse";
export * from "./schemas/reuse-input";
export * from "./schemas/reuse-search";
export * from "./schemas/me";
export * from "./schemas/metrics";
export * from "./schemas/discussion";
export * from "./schemas/discussion-input";
export * from "./schemas/community-resource";
export * from "./schemas/token";
export * from "./schemas/report";
export * from "./schemas/transfer";
