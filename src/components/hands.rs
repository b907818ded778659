//! Counting raised hands in class (the class quiz and « Vrai ou faux ? » en classe): one number
//! field per answer, kept between 0 and 99.

use leptos::prelude::*;

/// The field for answer `i` of a tally of `N` answers.
pub fn hand_field<const N: usize>(id: String, label: String, i: usize, hands: RwSignal<[u32; N]>) -> impl IntoView {
    view! {
        <div class="champ">
            <label for=id.clone()>{label}</label>
            <input type="number" id=id min="0" max="99" inputmode="numeric"
                prop:value=move || hands.with(|h| h[i].to_string())
                on:input:target=move |ev| {
                    let n = ev.target().value().parse().unwrap_or(0u32).min(99);
                    hands.update(|h| h[i] = n);
                }/>
        </div>
    }
}
