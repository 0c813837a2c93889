export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          Données issues de{" "}
          <a href="https://www.data.gouv.fr" rel="noopener">
            data.gouv.fr
          </a>
          , sous Licence Ouverte / Etalab 2.0. Ce site n&apos;est pas le site officiel de data.gouv.fr.
        </p>
      </div>
    </footer>
  );
}
