import type { Failure } from "~/components/ui/failure";
import type { Translator } from "~/lib/i18n/translator";
import type { CreatePhase } from "./run-create";

/** What the publish step says after a failed submit. */
export interface SubmitProblem {
  text: string;
  /** The session ended: signing in again keeps the draft. */
  signIn: boolean;
}

/** The phases after the create: the reuse exists, one of these is what was left undone. */
const AFTER_CREATE = ["saving", "image", "datasets", "publishing"] as const;
type AfterCreate = (typeof AFTER_CREATE)[number];
const isAfterCreate = (phase: CreatePhase | null): phase is AfterCreate =>
  AFTER_CREATE.some((after) => after === phase);

/** The sentence for a failure at `phase`, saying what was done, what was not, and that retrying is safe. */
export function submitProblem(
  t: Translator<"dashboard.create.problem">,
  failure: Failure,
  phase: CreatePhase | null,
  unplaced: readonly string[],
): SubmitProblem {
  if (failure.code === "UNAUTHORIZED") return { text: t("sessionEnded"), signIn: true };
  if (Object.keys(failure.fieldErrors).length > 0)
    return { text: [failure.message, ...unplaced].join(" "), signIn: false };
  if (phase === "checking") return { text: t("checkFailed"), signIn: false };
  if (phase === "creating" && failure.uncertain) {
    return { text: t("maybeNotCreated", { reason: failure.message }), signIn: false };
  }
  if (isAfterCreate(phase)) {
    return { text: t("partlyDone", { undone: t(`undone.${phase}`), reason: failure.message }), signIn: false };
  }
  return { text: failure.message, signIn: false };
}
