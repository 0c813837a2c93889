import { Link } from "~/components/link";

/** Back to the list of one's reuses, above a producer screen's heading. */
export function BackToReuses({ href = "/dashboard", label = "Mes réutilisations" }: { href?: string; label?: string }) {
  return (
    <p className="mb-4">
      <Link href={href} className="inline-flex min-h-11 items-center">
        <span aria-hidden="true">←&nbsp;</span>
        {label}
      </Link>
    </p>
  );
}
