/** Why a sign-in failed or a session ended, by the `error` code next-auth (or the site) puts in the URL. */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "Clé d'API invalide.",
  UpstreamUnavailable: "data.gouv.fr ne répond pas : impossible de vérifier votre clé pour le moment. Réessayez.",
  TooManyAttempts: "Trop de tentatives de connexion. Patientez une minute avant de réessayer.",
  SessionExpired: "Votre clé d'API n'est plus valide. Connectez-vous avec une clé valide.",
  Network: "Connexion impossible : vérifiez votre accès à Internet et réessayez.",
  AccountDeleted: "Votre compte data.gouv.fr a été supprimé. Vous avez été déconnecté.",
  ApiKeyCleared:
    "Votre clé d'API a été supprimée : elle ne fonctionne plus, et vous avez été déconnecté. Pour vous reconnecter, générez une nouvelle clé sur data.gouv.fr.",
  SessionTokenRevoked:
    "Vous avez révoqué le jeton qu'utilisait votre session : il ne fonctionne plus, et vous avez été déconnecté. Reconnectez-vous avec une autre clé.",
} as const;

export type SignInError = keyof typeof SIGN_IN_ERRORS;

export const SIGN_IN_FAILED = "La connexion a échoué. Réessayez.";

export function signInErrorMessage(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return Object.hasOwn(SIGN_IN_ERRORS, code) ? SIGN_IN_ERRORS[code as SignInError] : SIGN_IN_FAILED;
}
