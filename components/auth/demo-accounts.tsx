import { getTranslations } from "next-intl/server";

/** The sandbox's demo accounts (sandbox/README.md), listed on /sign-in when the site runs as a demo. */
const DEMO_ACCOUNTS = [
  { key: "sandbox-key-producer", who: "demoProducer" },
  { key: "sandbox-key-member", who: "demoMember" },
  { key: "sandbox-key-admin", who: "demoAdmin" },
] as const;

export async function DemoAccounts() {
  const t = await getTranslations("signInPage");
  return (
    <section aria-labelledby="comptes-demo" className="mt-6 rounded border border-brand bg-brand-soft p-5">
      <h2 id="comptes-demo" className="text-lg font-bold">
        {t("demoTitle")}
      </h2>
      <p className="mt-2 text-sm">{t("demoIntro")}</p>
      <ul className="mt-3 space-y-2">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.key}>
            <code className="rounded bg-white px-1.5 py-0.5 font-mono text-sm">{account.key}</code>
            <span className="block text-sm">{t(account.who)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
