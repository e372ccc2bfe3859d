# After a sexual assault: the first hours, then one screen per country. Sources in
# dialogues/topics.toml. Calm, short, no blame. Keep every number exactly as written.
# Romanian translation of the English reference. DRAFT: not yet checked by a native speaker.

btn-assault = 🩺 După o agresiune sexuală

help-assault =
    După o agresiune sexuală

    Nu este vina ta. Poți primi ajutor acum.
    • Mergi la urgențele unui spital cât poți de repede. Ești în pericol acum? Sună la 112.
    • Medicament împotriva HIV (numit PEP): mergi imediat. Funcționează doar dacă începi în primele ore.
    • Pastila de urgență împotriva sarcinii: cu cât mai repede, cu atât mai bine. Un tip funcționează până la 3 zile (72 de ore). Alt tip (ellaOne) funcționează până la 5 zile (120 de ore).
    • Dovezi pentru mai târziu: dacă poți, nu te spăla, nu te spăla pe dinți, nu mânca, nu bea și nu schimba hainele. Dacă te-ai schimbat, adu hainele.

    Alege țara ta:

help-assault-it =
    🇮🇹 Italia: după o agresiune sexuală

    • Mergi la urgențele unui spital (pronto soccorso). Există un traseu protejat pentru femeile care au suferit violență. Ești văzută prima, într-o cameră separată, și îngrijirea este gratuită.
    • Medicamentul împotriva HIV (PEP) nu se dă după 48 de ore. Mergi imediat.
    • Pastila de urgență: femeile adulte o primesc la farmacie fără rețetă. Din 2020, și fetele sub 18 ani pot primi ellaOne.
    • Poți primi îngrijire acum și poți decide mai târziu despre poliție. Pentru violul unei persoane adulte, de obicei există un proces doar dacă faci plângere (querela). Ai 12 luni pentru asta.
    • Sună la 1522: gratuit, zi și noapte.

help-assault-es =
    🇪🇸 Spania: după o agresiune sexuală

    • Centre de criză pentru violența sexuală: legea cere câte unul în fiecare provincie, deschis 24 de ore. Întreabă la 016 care este cel mai apropiat.
    • Poți suna la un centru de criză sau poți merge acolo. Ei dau ajutor psihologic, juridic și social, și pentru o agresiune de demult. Nu trebuie să mergi mai întâi la spital sau la poliție.
    • Îngrijirea și examenul medical pentru dovezi au nevoie de acordul tău, nu de o plângere la poliție.
    • Medicamentul împotriva HIV (PEP): mergi imediat la urgențe. Cel mai bine în primele 6 ore, niciodată după 72 de ore.
    • Pastila de urgență: la farmacie, fără rețetă.
    • Sună la 016: gratuit, zi și noapte.

help-assault-gr =
    🇬🇷 Grecia: după o agresiune sexuală

    • Spitalele dau îngrijire de urgență și persoanelor fără acte de ședere.
    • Medicamentul împotriva HIV (PEP): mergi imediat la urgențele unui spital.
    • Pastila de urgență (levonorgestrel, până la 72 de ore): la farmacie, fără rețetă.
    • Pentru un proces, o hârtie de la spital poate să nu fie de ajuns. Poate ai nevoie de un examen la un medic legist al statului (un medic care lucrează pentru tribunale).
    • Din 2024, medicii trebuie să spună procurorului despre violența domestică, și dacă tu nu o denunți.
    • Sună la 15900, zi și noapte, pentru sfaturi.
