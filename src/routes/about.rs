//! `/a-propos`: sources, licences, privacy and the accessibility statement.

use crate::components::links::ExternalLink;
use crate::data::SITE_NAME;
use crate::href;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn About() -> impl IntoView {
    view! {
        <Title text="À propos et sources"/>
        <h1 tabindex="-1">"À propos et sources"</h1>
        <p>{SITE_NAME}" est un guide libre et gratuit pour découvrir les métiers du soin et de l'accompagnement : "
            "pour les collégiens, les lycéens, leurs enseignants, et les adultes qui cherchent une formation ou un nouveau métier."</p>

        <h2>"Pour les enseignants et les organisateurs de forums"</h2>
        <ul>
            <li><A href=href("/quiz/classe")>"Le quiz en classe"</A>" : toute la classe répond en levant la main, le guide montre les métiers qui vont avec les goûts du groupe."</li>
            <li><A href=href("/vrai-ou-faux/classe")>"« Vrai ou faux ? » en classe"</A>" : des idées reçues sur ces métiers, à voter et à débattre, avec leur source ; "
                <A href=href("/vrai-ou-faux/fiche")>"la fiche à imprimer"</A>" les donne toutes avec leurs réponses."</li>
            <li>"Le bouton « Mode classe », en bas de chaque page, agrandit tout pour le vidéoprojecteur. Chaque fiche métier a aussi sa fiche activité à imprimer."</li>
            <li><A href=href("/organisateur")>"L'espace organisateur"</A>" prépare une tablette de stand : hors ligne, mode borne et statistiques du stand, sans rien envoyer."</li>
        </ul>

        <h2>"D'où viennent les informations"</h2>
        <p>"Chaque chiffre et chaque règle d'une fiche métier porte un petit numéro qui mène à sa source, dans la liste numérotée en bas de la fiche : "
            "qui la publie, quelle sorte de source c'est (texte officiel, organisme public, professionnel, presse), la date de la page et le jour où elle a été vérifiée. "
            "Les faits viennent de sources officielles (ministères, ONISEP, France Compétences, Parcoursup, ARS, Départements), "
            "d'écoles et de fédérations du secteur, et de la presse. Quand une information n'est pas sûre, elle n'est pas publiée. "
            "Les salaires ne sont donnés que lorsqu'une source les publie, avec leur année."</p>
        <p>"Les textes sont écrits pour ce guide. Les diplômes et les conditions d'accès changent souvent : "
            "avant de vous inscrire, vérifiez auprès de l'école ou du centre de formation."</p>

        <h2>"Licences"</h2>
        <ul>
            <li>"Le code de l'application est sous licence MIT."</li>
            <li>"Les données publiques utilisées restent sous leur licence : "
                <ExternalLink href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">"Licence Ouverte / Etalab 2.0"</ExternalLink>
                " pour « MESR – Parcoursup 2025 », « IGN – Admin Express 2018 » et « INSEE, La Poste, DGCL — découpage administratif 2026 » ; "
                <ExternalLink href="https://opendatacommons.org/licenses/odbl/">"ODbL"</ExternalLink>
                " pour « Onisep, Idéo-actions de formation initiale »."</li>
            <li>"Les pictogrammes viennent de "<ExternalLink href="https://healthicons.org/">"Health Icons"</ExternalLink>
                " (licence MIT, © 2021 Resolve to Save Lives), un jeu d'icônes fait pour la santé, et de "
                <ExternalLink href="https://tabler.io/icons">"Tabler Icons"</ExternalLink>" (licence MIT, © 2020-2026 Paweł Kuna)."</li>
        </ul>

        <h2>"Vie privée"</h2>
        <ul>
            <li>"Aucun compte, aucun formulaire : le guide ne demande jamais votre nom, votre âge ni vos coordonnées."</li>
            <li>"Aucun cookie, aucune mesure d'audience, aucun service extérieur : le site ne charge rien depuis un autre serveur."</li>
            <li>"Vos réponses au quiz et vos choix restent sur cet appareil, dans le stockage du navigateur. Rien n'est envoyé."</li>
            <li>"Sur une tablette de stand en mode borne, le guide compte seulement combien de quiz et de parties de « Vrai ou faux ? » sont faits, quelles fiches sont ouvertes et quelles idées reçues ont surpris, jour par jour, sans rien savoir des visiteurs. Ces chiffres restent sur la tablette, pour l'organisateur."</li>
        </ul>

        <h2>"Déclaration d'accessibilité"</h2>
        <p>"Nous voulons que ce guide soit utilisable par tout le monde, selon le référentiel général d'amélioration de l'accessibilité (RGAA 4.1), "
            "qui reprend les règles internationales WCAG 2.1 niveau AA."</p>
        <h3>"État de conformité"</h3>
        <p>"Le site n'a pas encore eu d'audit RGAA complet par un organisme indépendant. "
            "Il est donc déclaré non conforme au sens du RGAA, en attendant cet audit."</p>
        <h3>"Ce qui est vérifié à chaque version"</h3>
        <ul>
            <li>"Chaque page est analysée par l'outil automatique axe-core, sur un téléphone (390 × 844), une tablette (1024 × 768) et un vidéoprojecteur (1920 × 1080) : aucune erreur n'est acceptée."</li>
            <li>"La navigation se fait entièrement au clavier ; un lien « Aller au contenu » ouvre chaque page."</li>
            <li>"À chaque changement de page, le titre change, le focus va sur le titre principal et le changement est annoncé aux lecteurs d'écran."</li>
            <li>"Le texte reste lisible sans défilement horizontal sur un écran de 320 pixels de large."</li>
        </ul>
        <h3>"Ce qui n'a pas encore été vérifié"</h3>
        <ul>
            <li>"Aucun test n'a encore été fait avec des personnes utilisant un lecteur d'écran (NVDA, VoiceOver, TalkBack)."</li>
            <li>"Les critères que les outils automatiques ne voient pas (pertinence des textes alternatifs, ordre de lecture, clarté des consignes) n'ont pas été audités."</li>
        </ul>
        <h3>"Signaler un problème"</h3>
        <p>"Si vous ne pouvez pas accéder à une information, signalez-le à la structure qui vous a fait connaître ce guide : elle vous répondra ou vous orientera. "
            "Si vous n'obtenez pas de réponse, vous pouvez saisir le "
            <ExternalLink href="https://formulaire.defenseurdesdroits.fr/">"Défenseur des droits"</ExternalLink>"."</p>
        <p><A href=href("/")>"Revenir à l'accueil"</A></p>
    }
}
