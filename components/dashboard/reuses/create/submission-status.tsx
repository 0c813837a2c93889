import type { CreatePhase } from "./run-create";

const PHASE_TEXT: Readonly<Record<CreatePhase, string>> = {
  checking: "Vérification : la réutilisation a-t-elle déjà été créée ?",
  creating: "Création de la réutilisation, en brouillon…",
  saving: "Enregistrement de la réutilisation…",
  image: "Envoi de l’image…",
  datasets: "Ajout des jeux de données…",
  publishing: "Publication…",
};

/** What the submit is doing, step by step, with the image's upload progress. Always there, so it is announced. */
export function SubmissionStatus({ phase, uploaded }: { phase: CreatePhase | null; uploaded: number }) {
  const percent = Math.round(uploaded * 100);
  return (
    <div role="status" className="mt-6">
      {phase && <p className="font-semibold">{PHASE_TEXT[phase]}</p>}
      {phase === "image" && (
        <div className="mt-2 flex max-w-md items-center gap-3">
          <progress max={100} value={percent} aria-label="Envoi de l’image" className="h-3 flex-1 accent-brand">
            {percent} %
          </progress>
          <span aria-hidden="true">{percent} %</span>
        </div>
      )}
    </div>
  );
}
