"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { createContext, type ReactNode, use, useState } from "react";

import { Link } from "~/components/link";
import { useFailureOf } from "~/components/ui/use-failure";

interface Outcome {
  /** The action it is about: shown next to that action's controls. */
  name: string;
  ok: boolean;
  text: string;
  signIn: boolean;
}

interface ReuseActions {
  /** The action running now, by name: its button waits, the others are disabled. */
  pending: string | null;
  outcome: Outcome | null;
  /** Runs an action, then re-reads the page's data (the server renders the reuse as it is now) and says how it went. */
  run: (name: string, action: () => Promise<unknown>, done: string) => Promise<boolean>;
  /** Says something about an action without running it. */
  tell: (name: string, text: string, ok?: boolean) => void;
}

const Context = createContext<ReuseActions | null>(null);

export function useReuseActions(): ReuseActions {
  const actions = use(Context);
  if (!actions) throw new Error("useReuseActions: outside ReuseActionsProvider");
  return actions;
}

/** The edit page's actions: one at a time, each saying how it went next to its controls. */
export function ReuseActionsProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const failureOf = useFailureOf();
  const [pending, setPending] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const actions: ReuseActions = {
    pending,
    outcome,
    tell: (name, text, ok = true) => setOutcome({ name, ok, text, signIn: false }),
    run: async (name, action, done) => {
      setPending(name);
      setOutcome(null);
      try {
        await action();
        setOutcome({ name, ok: true, text: done, signIn: false });
        router.refresh();
        return true;
      } catch (error) {
        const failure = failureOf(error);
        setOutcome({ name, ok: false, text: failure.message, signIn: failure.code === "UNAUTHORIZED" });
        return false;
      } finally {
        setPending(null);
      }
    },
  };
  return <Context value={actions}>{children}</Context>;
}

/** How the last of these actions went. Its live regions are always there, so that the news is announced. */
export function ActionOutcome({ names }: { names: readonly string[] }) {
  const t = useTranslations("dashboard.edit");
  const { outcome } = useReuseActions();
  const pathname = usePathname();
  const shown = outcome && names.includes(outcome.name) ? outcome : null;
  return (
    <>
      <div role="status">
        {shown?.ok && <p className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-3">{shown.text}</p>}
      </div>
      <div role="alert">
        {shown && !shown.ok && (
          <div className="mt-4 rounded border-l-4 border-danger bg-red-50 p-3">
            <p>{shown.text}</p>
            {shown.signIn && (
              <p className="mt-2">
                <Link href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`}>{t("signInAgain")}</Link>
              </p>
            )}
          </div>
        )}
      </div>
    </>
  );
}
