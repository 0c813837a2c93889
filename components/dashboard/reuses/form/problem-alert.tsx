import { useTranslations } from "next-intl";

import { Link } from "~/components/link";

/** Why a submit failed, and what to do; the form keeps everything typed. */
export function ProblemAlert({ text, signInFrom }: { text: string; signInFrom?: string }) {
  const t = useTranslations("dashboard.reuseForm.problem");
  return (
    <div role="alert" className="mt-6 rounded border-l-4 border-danger bg-red-50 p-4">
      <p className="font-semibold text-danger">{t("title")}</p>
      <p className="mt-1">{text}</p>
      {signInFrom && (
        <p className="mt-2">
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(signInFrom)}`}>{t("signIn")}</Link>
        </p>
      )}
    </div>
  );
}
