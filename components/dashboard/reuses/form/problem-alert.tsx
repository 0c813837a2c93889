import { Link } from "~/components/link";

/** Why a submit failed, and what to do; the form keeps everything typed. */
export function ProblemAlert({ text, signInFrom }: { text: string; signInFrom?: string }) {
  return (
    <div role="alert" className="mt-6 rounded border-l-4 border-danger bg-red-50 p-4">
      <p className="font-semibold text-danger">L’envoi n’a pas abouti. Ce que vous avez saisi est conservé.</p>
      <p className="mt-1">{text}</p>
      {signInFrom && (
        <p className="mt-2">
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(signInFrom)}`}>Se reconnecter</Link>
        </p>
      )}
    </div>
  );
}
