import { Link } from "~/components/link";
import { SignOutButton } from "~/components/auth/sign-out-button";
import type { HeaderLabels } from "./header-labels";
import type { SessionUser } from "./session-user";
import { useDisclosureClosing } from "./use-disclosure-closing";

const ITEM = "flex min-h-11 w-full items-center rounded px-3 no-underline hover:bg-brand-soft";

/**
 * The header's links below 640 px, behind one "Menu" button: the site's name and them side by side did not fit
 * on a phone's line. A native disclosure, so it opens before (and without) JavaScript.
 */
export function CompactMenu({ user, labels }: { user: SessionUser | null; labels: HeaderLabels }) {
  const disclosure = useDisclosureClosing();
  return (
    <details className="relative" {...disclosure}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border border-line px-3 font-semibold hover:bg-brand-soft">
        <span aria-hidden="true">☰</span>
        {labels.menu}
      </summary>
      <ul className="absolute right-0 z-10 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded border border-line bg-white p-2 shadow-lg">
        <li>
          <Link href="/reuses" className={ITEM}>
            {labels.allReuses}
          </Link>
        </li>
        {user ? (
          <>
            <li>
              <Link href="/dashboard" className={ITEM}>
                {labels.producerSpace}
              </Link>
            </li>
            <li>
              <SignOutButton label={labels.signOut} className={`${ITEM} text-left text-brand`} />
            </li>
          </>
        ) : (
          <li>
            <Link href="/sign-in" className={ITEM}>
              {labels.signIn}
            </Link>
          </li>
        )}
      </ul>
    </details>
  );
}
