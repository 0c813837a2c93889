/**
 * Why a sign-in failed or a session ended, by the `error` code next-auth (or the site) puts in the URL. The
 * sentences are in the catalogs (`signIn.<code>`); an unknown code is `failed`.
 */
const SIGN_IN_ERRORS = [
  "CredentialsSignin",
  "UpstreamUnavailable",
  "TooManyAttempts",
  "SessionExpired",
  "Network",
  "AccountDeleted",
  "ApiKeyCleared",
  "SessionTokenRevoked",
] as const;

export type SignInError = (typeof SIGN_IN_ERRORS)[number];

export type SignInErrorKey = SignInError | "failed";

const KNOWN: ReadonlySet<string> = new Set(SIGN_IN_ERRORS);

function isSignInError(code: string): code is SignInError {
  return KNOWN.has(code);
}

/** The catalog key of the sentence for a code of the URL (`failed` for one we do not know), or none. */
export function signInErrorKey(code: string | null | undefined): SignInErrorKey | undefined {
  if (!code) return undefined;
  return isSignInError(code) ? code : "failed";
}
