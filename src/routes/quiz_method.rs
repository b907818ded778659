//! `/quiz/comment-ca-marche`: the scoring rule of `guide_domain::quiz`, in plain French. Keep both
//! in step.

use crate::href;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn QuizMethod() -> impl IntoView {
    view! {
        <Title text="Comment marche le quiz ?"/>
        <h1 tabindex="-1">"Comment marche le quiz ?"</h1>
        <p>"Le quiz ne devine rien sur toi. Il suit une règle simple, la même pour tout le monde : les mêmes réponses donnent toujours les mêmes résultats."</p>
        <h2>"1. Tes goûts"</h2>
        <p>"Chaque activité du quiz correspond à un type de goût. Les chercheurs en orientation en utilisent six (le modèle RIASEC) : "
            "concret (faire avec ses mains), curieux (comprendre), créatif (inventer), social (aider), entreprenant (mener un groupe, convaincre) et organisé (ranger, suivre des règles)."</p>
        <p>"« J'adorerais » compte 2 points, « Pourquoi pas » 1 point, « Pas pour moi » 0. « Je ne sais pas » ne compte pas. Pour chaque type, le quiz fait la moyenne de tes réponses."</p>
        <h2>"2. Les métiers"</h2>
        <p>"Chaque métier du guide a un code de 2 ou 3 types, du plus important au moins important. "
            "Par exemple, un métier « social, concret, organisé » compte d'abord ton goût pour aider, puis pour le concret, puis pour l'organisation."</p>
        <p>"Le quiz regarde aussi auprès de qui et où tu aimerais travailler (personnes âgées, enfants, hôpital, domicile…), d'après tes réponses et la dernière question."</p>
        <h2>"3. Le calcul"</h2>
        <ul>
            <li>"Tes goûts comptent pour 60 %, les publics pour 25 %, les lieux pour 15 %."</li>
            <li>"Si les études sont plus longues que ce que tu as choisi, le métier descend un peu dans la liste, mais il reste visible, avec la durée des études."</li>
            <li>"Si tu n'as pas le permis et ne peux pas le passer, les métiers où il est indispensable ou souvent demandé descendent un peu."</li>
            <li>"Pour chaque piste, « Pourquoi ce métier ? » montre les réponses qui ont le plus compté."</li>
            <li>"Avec moins de 6 vraies réponses, le quiz ne propose rien et te demande de répondre à quelques questions de plus."</li>
        </ul>
        <h2>"4. Ce que le quiz ne fait pas"</h2>
        <p>"Il ne dit pas si tu serais bon ou bonne dans un métier, ni si tu vas l'aimer. C'est un point de départ pour découvrir des métiers, pas une décision. "
            "Rien n'est envoyé : tes réponses restent sur ton appareil, et le lien de résultats ne contient que tes réponses."</p>
        <p>"Le quiz s'inspire de la méthode du questionnaire d'intérêts O*NET (ministère du Travail des États-Unis), adaptée et raccourcie pour ce guide."</p>
        <p class="actions"><A href=href("/quiz") attr:class="bouton">"Faire le quiz"</A></p>
    }
}
