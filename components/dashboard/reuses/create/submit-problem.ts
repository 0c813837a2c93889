import type { Failure } from "~/components/ui/failure";
import type { CreatePhase } from "./run-create";

/** What the publish step says after a failed submit. */
export interface SubmitProblem {
  text: string;
  /** The session ended: signing in again keeps the draft. */
  signIn: boolean;
}

const LEFT_UNDONE: Partial<Record<CreatePhase, string>> = {
  saving: "vos dernières modifications n’ont pas pu être enregistrées",
  image: "son image n’a pas pu être envoyée",
  datasets: "ses jeux de données n’ont pas pu être ajoutés",
  publishing: "elle n’a pas pu être publiée",
};

/** The sentence for a failure at `phase`, saying what was done, what was not, and that retrying is safe. */
export function submitProblem(failure: Failure, phase: CreatePhase | null, unplaced: readonly string[]): SubmitProblem {
  if (failure.code === "UNAUTHORIZED") {
    return {
      text: "Votre session a pris fin. Reconnectez-vous : votre saisie est conservée dans ce navigateur.",
      signIn: true,
    };
  }
  if (Object.keys(failure.fieldErrors).length > 0)
    return { text: [failure.message, ...unplaced].join(" "), signIn: false };
  if (phase === "checking") {
    return {
      text:
        "data.gouv.fr n’a pas répondu à temps, et nous n’avons pas pu vérifier si la réutilisation a été créée. " +
        "Réessayez : nous vérifierons d’abord qu’elle n’existe pas déjà, pour ne jamais la créer deux fois.",
      signIn: false,
    };
  }
  if (phase === "creating" && failure.uncertain) {
    return {
      text:
        `${failure.message} La réutilisation n’a pas été créée, ou pas encore : réessayez dans un instant. ` +
        "Nous vérifierons d’abord qu’elle n’existe pas déjà, pour ne jamais la créer deux fois.",
      signIn: false,
    };
  }
  const undone = phase ? LEFT_UNDONE[phase] : undefined;
  if (undone) {
    return {
      text: `La réutilisation est créée, en brouillon, mais ${undone} : ${failure.message} Réessayez : ce qui est fait ne sera pas refait.`,
      signIn: false,
    };
  }
  return { text: failure.message, signIn: false };
}
