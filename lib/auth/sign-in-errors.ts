/**
 * Why a sign-in failed or a session ended, by the `error` code next-auth (or the site) puts in the URL. The
 * sentences are in the catalogs (`signIn.<code>`); an unknown code is `failed`.
 */
const SIGN_IN_ERRORS = [
  "CredentialsSignin",
  "UpstreamUnavailable",
  "TooManyAttempts",
  "StoreUnavailable",
  "SessionExpired",
  "Network",
  "AccountDeleted",
  "ApiKeyCleared",
  "SessionTokenRevoked",
  "OAuthSessionExpired",
  "OAuthDenied",
  "OAuthCallback",
] as const;

export type SignInError = (typeof SIGN_IN_ERRORS)[number];

export type SignInErrorKey = SignInError | "failed";

const KNOWN: ReadonlySet<string> = new Set(SIGN_IN_ERRORS);

function isSignInError(code: string): code is SignInError {
  return KNOWN.has(code);
}

/** Reasons that concern signing in with data.gouv.fr (OAuth2): said next to its button. */
const OAUTH_ERRORS: ReadonlySet<SignInErrorKey> = new Set(["OAuthSessionExpired", "OAuthDenied", "OAuthCallback"]);

export function isOAuthSignInError(key: SignInErrorKey): boolean {
  return OAUTH_ERRORS.has(key);
}

/** The catalog key of the sentence for a code of the URL (`failed` for one we do not know), or none. */
export function signInErrorKey(code: string | null | undefined): SignInErrorKey | undefined {
  if (!code) return undefined;
  return isSignInError(code) ? code : "failed";
}

/** The sentence of every reason, as `say` gives it (the page's translator): what the sign-in form may show. */
export function signInErrorTexts(say: (key: SignInErrorKey) => string): Readonly<Record<SignInErrorKey, string>> {
  const keys: readonly SignInErrorKey[] = [...SIGN_IN_ERRORS, "failed"];
  // fromEntries forgets the keys' type: they are exactly SignInErrorKey's, listed just above.
  return Object.fromEntries(keys.map((key) => [key, say(key)])) as Record<SignInErrorKey, string>;
}
