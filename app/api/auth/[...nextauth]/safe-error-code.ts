/** next-auth's error codes (`CredentialsSignin`) and the site's (`SessionExpired`, lib/auth/sign-in-errors.ts). */
const ERROR_CODE = /^[A-Za-z]{1,64}$/;

/**
 * next-auth reads the `error` of `/api/auth/error?error=…` (else the segment after `error`) and copies it into its
 * redirect's Location as it is: a CR or LF there makes it throw (a 500, and the value in the server log), and a
 * `<` or `"` would reach the header. Anything but a code becomes `Default`, which the sign-in page shows as a
 * failed sign-in. Sets the `error` of `searchParams` in place; next-auth reads it before the segment.
 */
export function makeErrorCodeSafe(searchParams: URLSearchParams, segments: readonly string[]): void {
  const [action, segment] = segments;
  const code = searchParams.get("error") ?? (action === "error" ? segment : undefined);
  if (code === undefined && action !== "error") return;
  searchParams.set("error", code !== undefined && ERROR_CODE.test(code) ? code : "Default");
}
