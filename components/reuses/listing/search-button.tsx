import { PRIMARY_BUTTON } from "~/components/ui/styles";

/** "Rechercher", a magnifying glass alone on narrow screens (the word stays for screen readers). */
export function SearchButton({ label }: { label: string }) {
  return (
    <button type="submit" className={`${PRIMARY_BUTTON} gap-2`}>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5 sm:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
      >
        <circle cx="10.5" cy="10.5" r="6.5" />
        <path d="m15.5 15.5 5 5" strokeLinecap="round" />
      </svg>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </button>
  );
}
