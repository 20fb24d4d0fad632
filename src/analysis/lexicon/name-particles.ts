// Lower-case particles inside a person's name ("Ursula von der Leyen", "Osama bin Laden",
// "Luiz Inácio da Silva"): name finding and source phrases read the same list.

export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin',
  'ibn', 'al', 'el', 'dos', 'das', 'st.', 'mc',
];
