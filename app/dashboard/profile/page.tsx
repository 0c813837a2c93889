import type { Metadata } from "next";

import { DeleteAccountForm } from "~/components/dashboard/account/delete-account-form";
import { ProfileForm } from "~/components/dashboard/account/profile-form";
import { ImageUploader } from "~/components/dashboard/upload/image-uploader";
import { PageFailureView } from "~/components/errors/page-failure";
import { OutboundLink } from "~/components/ui/outbound-link";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Mon profil" };

export default async function ProfilePage() {
  const result = await pageData(api.account.profile.get());
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref="/dashboard/profile" />;
  const profile = result.data;
  return (
    <>
      <h1 className="text-3xl font-bold">Mon profil</h1>
      <p className="mt-3 max-w-3xl">
        Ces informations sont publiques : elles présentent l&apos;auteur de vos réutilisations sur data.gouv.fr.{" "}
        <OutboundLink href={profile.page}>Voir mon profil sur data.gouv.fr</OutboundLink>
      </p>

      <section aria-labelledby="photo" className="mt-10">
        <h2 id="photo" className="text-2xl font-bold">
          Photo de profil
        </h2>
        <div className="mt-4">
          <ImageUploader
            procedure="account.profile.uploadAvatar"
            label="Choisir une nouvelle photo"
            current={
              profile.avatar_thumbnail ? { src: profile.avatar_thumbnail, alt: "Votre photo de profil actuelle" } : null
            }
          />
        </div>
      </section>

      <section aria-labelledby="informations" className="mt-10">
        <h2 id="informations" className="text-2xl font-bold">
          Informations
        </h2>
        <ProfileForm
          defaults={{
            first_name: profile.first_name,
            last_name: profile.last_name,
            website: profile.website ?? "",
            about: profile.about ?? "",
          }}
        />
      </section>

      <section aria-labelledby="suppression" className="mt-12 rounded border border-danger p-5">
        <h2 id="suppression" className="text-2xl font-bold text-danger">
          Supprimer mon compte
        </h2>
        <p className="mt-3 max-w-3xl">
          Votre compte sera supprimé de data.gouv.fr : c&apos;est définitif. Votre clé d&apos;API et vos jetons
          cesseront aussitôt de fonctionner, et vous serez déconnecté de ce site.
        </p>
        <DeleteAccountForm slug={profile.slug} />
      </section>
    </>
  );
}
