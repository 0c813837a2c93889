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

/** The sentence of every reason, as `say` gives it (the page's translator): what the sign-in form may show. */
export function signInErrorTexts(say: (key: SignInErrorKey) => string): Readonly<Record<SignInErrorKey, string>> {
  const keys: readonly SignInErrorKey[] = [...SIGN_IN_ERRORS, "failed"];
  // fromEntries forgets the keys' type: they are exactly SignInErrorKey's, listed just above.
  return Object.fromEntries(keys.map((key) => [key, say(key)])) as Record<SignInErrorKey, string>;
}
