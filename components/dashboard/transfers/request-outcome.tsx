"use client";

import { createContext, type ReactNode, use, useState } from "react";

import { ERROR } from "~/components/ui/styles";

interface Outcome {
  ok: boolean;
  text: string;
}

const Context = createContext<((outcome: Outcome) => void) | null>(null);

/** Says how an answer to a transfer or an invitation went (outside RequestOutcomes: a programming error). */
export function useTellOutcome(): (outcome: Outcome) => void {
  const tell = use(Context);
  if (!tell) throw new Error("useTellOutcome: outside RequestOutcomes");
  return tell;
}

/**
 * The overview's answers to transfers and invitations, and how the last one went. Its live regions stay when the
 * answered item leaves its list (the page is read again), so that the news is shown and announced.
 */
export function RequestOutcomes({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <Context value={setOutcome}>
      <div role="status">
        {outcome?.ok && <p className="mt-6 rounded border-l-4 border-green-700 bg-green-50 p-3">{outcome.text}</p>}
      </div>
      <div role="alert">
        {outcome && !outcome.ok && (
          <p className={`${ERROR} rounded border-l-4 border-danger bg-red-50 p-3`}>{outcome.text}</p>
        )}
      </div>
      {children}
    </Context>
  );
}
