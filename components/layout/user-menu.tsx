import { Link } from "~/components/link";
import { SignOutButton } from "~/components/auth/sign-out-button";
import type { HeaderLabels } from "./header-labels";
import type { SessionUser } from "./session-user";
import { useDisclosureClosing } from "./use-disclosure-closing";

/** The header's account corner from 640 px on: "Se connecter", or the user's name opening their links. */
export function UserMenu({ user, labels }: { user: SessionUser | null; labels: HeaderLabels }) {
  const disclosure = useDisclosureClosing();
  if (!user) {
    return (
      <Link href="/sign-in" className="inline-flex min-h-11 items-center no-underline hover:underline">
        {labels.signIn}
      </Link>
    );
  }
  return (
    <details className="relative" {...disclosure}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded px-2 hover:bg-brand-soft">
        {user.image && (
          // eslint-disable-next-line @next/next/no-img-element -- an avatar from data.gouv.fr, already small
          <img src={user.image} alt="" width={28} height={28} className="size-7 rounded-full object-cover" />
        )}
        <span className="font-semibold">{user.name}</span>
        <span aria-hidden="true">▾</span>
      </summary>
      <ul className="absolute right-0 z-10 mt-2 w-56 rounded border border-line bg-white p-2 shadow-lg">
        <li>
          <Link href="/dashboard" className="block rounded px-3 py-2 no-underline hover:bg-brand-soft">
            {labels.producerSpace}
          </Link>
        </li>
        <li>
          <SignOutButton
            label={labels.signOut}
            className="w-full rounded px-3 py-2 text-left text-brand hover:bg-brand-soft"
          />
        </li>
      </ul>
    </details>
  );
}
