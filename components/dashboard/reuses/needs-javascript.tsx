/** Said without JavaScript, which the producer forms need (uploads, autosave, suggestions). */
export function NeedsJavaScript() {
  return (
    <noscript>
      <p className="mt-6 rounded border-l-4 border-danger bg-red-50 p-4">
        Ce formulaire a besoin de JavaScript : activez-le dans votre navigateur pour publier ou modifier une
        réutilisation.
      </p>
    </noscript>
  );
}
