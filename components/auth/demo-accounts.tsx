/** The sandbox's demo accounts (sandbox/README.md), listed on /sign-in when the site runs as a demo. */
const DEMO_ACCOUNTS = [
  { key: "sandbox-key-producer", who: "Demo Producer : 4 réutilisations personnelles, administrateur de l'ADEME" },
  { key: "sandbox-key-member", who: "Demo Member : éditeur du Cerema" },
  { key: "sandbox-key-admin", who: "Demo Admin : administrateur du site (mise en avant, badges)" },
];

export function DemoAccounts() {
  return (
    <section aria-labelledby="comptes-demo" className="mt-6 rounded border border-brand bg-brand-soft p-5">
      <h2 id="comptes-demo" className="text-lg font-bold">
        Comptes de démonstration
      </h2>
      <p className="mt-2 text-sm">
        Ce site tourne sur un bac à sable de data.gouv.fr. Utilisez l&apos;une de ces clés :
      </p>
      <ul className="mt-3 space-y-2">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.key}>
            <code className="rounded bg-white px-1.5 py-0.5 font-mono text-sm">{account.key}</code>
            <span className="block text-sm">{account.who}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
