/**
 * Which udata the sandbox imitates. 17 (today's data.gouv.fr) keeps keys as API tokens (`/me/api_tokens/`);
 * 15 has one API key per user (`/me/apikey/`) and no tokens. Tests switch it at run time
 * (`POST /_sandbox/udata`); a reset goes back to the version the sandbox started with.
 */
export const UDATA_VERSIONS = [15, 17] as const;
export type UdataVersion = (typeof UDATA_VERSIONS)[number];

export class UdataProfile {
  version: UdataVersion;

  constructor(readonly initial: UdataVersion) {
    this.version = initial;
  }

  /** API tokens replaced the single key in udata 16 (CHANGELOG.md, migration 2026-01-28-migrate-apikeys-to-api-tokens). */
  get hasApiTokens(): boolean {
    return this.version >= 16;
  }
}
