import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "~/components/ui/styles";

/** A step's way back and way on. */
export function StepNav({ onBack, onNext, nextLabel }: { onBack?: () => void; onNext: () => void; nextLabel: string }) {
  return (
    <div className="mt-8 flex flex-wrap gap-3">
      {onBack && (
        <button type="button" onClick={onBack} className={SECONDARY_BUTTON}>
          Précédent
        </button>
      )}
      <button type="button" onClick={onNext} className={PRIMARY_BUTTON}>
        {nextLabel}
      </button>
    </div>
  );
}
