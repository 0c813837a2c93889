const TONES = {
  neutral: "bg-slate-200 text-slate-900",
  warning: "bg-amber-100 text-amber-900",
  danger: "bg-red-100 text-red-900",
  success: "bg-green-100 text-green-900",
} as const;

export type BadgeTone = keyof typeof TONES;

/** A state in words (never in color alone): "Privé", "Ouverte"… */
export function Badge({ tone, children }: { tone: BadgeTone; children: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${TONES[tone]}`}>{children}</span>;
}
