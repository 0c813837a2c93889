import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          {t.rich("footer", {
            link: (chunks) => (
              <a href="https://www.data.gouv.fr" rel="noopener">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
    </footer>
  );
}
