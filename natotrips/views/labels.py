"""The fixed words of the views, in English, French and Arabic."""

from __future__ import annotations

from collections.abc import Iterable

LABELS: dict[str, tuple[str, str, str]] = {
    # key: (en, fr, ar)
    "dates": ("Dates", "Dates", "التاريخ"),
    "place": ("Place", "Lieu", "المكان"),
    "country": ("Country", "Pays", "البلد"),
    "kind": ("Kind", "Type", "النوع"),
    "title": ("Title", "Titre", "العنوان"),
    "who": ("Who", "Qui", "مع من"),
    "id": ("Id", "Id", "المعرف"),
    "sg": ("SG", "SG", "الأمين العام"),
    "visits": ("Visits", "Visites", "الزيارات"),
    "days": ("Days", "Jours", "الأيام"),
    "first": ("First", "Première", "الأولى"),
    "last": ("Last", "Dernière", "الأخيرة"),
    "first_visit": ("First visit", "Première visite", "أول زيارة"),
    "last_visit": ("Last visit", "Dernière visite", "آخر زيارة"),
    "cities": ("Cities", "Villes", "المدن"),
    "people_met": ("People met", "Personnes rencontrées", "من التقاهم"),
    "name": ("Name", "Nom", "الاسم"),
    "arabic": ("Arabic", "Arabe", "بالعربية"),
    "role": ("Role", "Fonction", "المنصب"),
    "affiliation": ("Country / organisation", "Pays / organisation", "البلد / المنظمة"),
    "meetings": ("Meetings", "Rencontres", "اللقاءات"),
    "named_by": ("Named by", "Cité par", "ورد في"),
    "key": ("Key", "Clé", "المفتاح"),
    "publisher": ("Publisher", "Éditeur", "الناشر"),
    "published": ("Published", "Publié", "تاريخ النشر"),
    "lang": ("Lang", "Langue", "اللغة"),
    "source_title": ("Title / URL", "Titre / URL", "العنوان / الرابط"),
    "date_note": ("Date note", "Note sur la date", "ملاحظة التاريخ"),
    "status": ("Status", "Statut", "الحالة"),
    "trip": ("Trip", "Voyage", "الرحلة"),
    "secretary_general": ("Secretary General", "Secrétaire général", "الأمين العام"),
    "summary": ("Summary", "Résumé", "الملخص"),
    "topics": ("Topics", "Thèmes", "المواضيع"),
    "participants": ("Participants", "Participants", "المشاركون"),
    "sources": ("Sources", "Sources", "المصادر"),
    "disagree": ("Sources disagree", "Les sources divergent", "تباين المصادر"),
    "named_only_by": (
        "{name} is named only by {keys}",
        "{name} n'est cité que par {keys}",
        "{name} لم يرد إلا في {keys}",
    ),
    "on_field": ("On {field}:", "Sur {field} :", "بشأن {field}:"),
    "no_events": ("No matching events.", "Aucun événement correspondant.", "لا توجد أحداث مطابقة."),
    "covers": (
        "The record covers {first} – {last}, as of {as_of}.",
        "Le registre couvre du {first} au {last}, à jour au {as_of}.",
        "يغطي السجل الفترة {first} – {last}، محدثًا حتى {as_of}.",
    ),
    "footer": (
        "{count} of {total} events · record {first} – {last} · as of {as_of}",
        "{count} sur {total} événements · registre {first} – {last} · à jour au {as_of}",
        "{count} من {total} حدثًا · السجل {first} – {last} · حتى {as_of}",
    ),
    "legend_announced": ("? announced", "? annoncé", "? مُعلن"),
    "legend_unconfirmed": (
        "! not confirmed as held",
        "! tenue non confirmée",
        "! لم يتأكد انعقاده",
    ),
    "legend_cancelled": ("× cancelled", "× annulé", "× أُلغي"),
    "events_per_month": ("Events per month", "Événements par mois", "الأحداث شهريًا"),
    "events": ("Events", "Événements", "الأحداث"),
    "days_away": ("Days outside Belgium", "Jours hors de Belgique", "الأيام خارج بلجيكا"),
    "countries_visited": ("Countries visited", "Pays visités", "البلدان التي زارها"),
    "allies_visited": ("NATO Allies visited", "Alliés visités", "الحلفاء الذين زارهم"),
    "allies_not_visited": ("NATO Allies not visited", "Alliés non visités", "حلفاء لم يزرهم"),
    "busiest_month": ("Busiest month", "Mois le plus chargé", "أكثر الأشهر نشاطًا"),
    "longest_trip": ("Longest trip", "Voyage le plus long", "أطول رحلة"),
    "n_events": ("{n} events", "{n} événements", "{n} أحداث"),
    "n_days": ("{n} days", "{n} jours", "{n} أيام"),
    "of": ("{a} of {b}", "{a} sur {b}", "{a} من {b}"),
    "months_without": (
        "{n} months without events",
        "{n} mois sans événement",
        "{n} أشهر بلا أحداث",
    ),
    "month_without": ("1 month without events", "1 mois sans événement", "شهر بلا أحداث"),
    "days_without": ("{n} days without events", "{n} jours sans événement", "{n} أيام بلا أحداث"),
    "no_events_month": (
        "No events this month.",
        "Aucun événement ce mois-ci.",
        "لا أحداث هذا الشهر.",
    ),
    "nothing_announced": (
        "Nothing announced after {day}.",
        "Rien d'annoncé après le {day}.",
        "لا شيء مُعلن بعد {day}.",
    ),
    "first_100_days": ("First 100 days", "100 premiers jours", "أول 100 يوم"),
    "first_year": ("First year", "Première année", "السنة الأولى"),
    "per_year": (
        "Events per year (trips)",
        "Événements par an (voyages)",
        "الأحداث سنويًا (الرحلات)",
    ),
    "term": ("Term", "Mandat", "الولاية"),
    "in_record": ("In the record", "Dans le registre", "في السجل"),
    "trips": ("Trips", "Voyages", "الرحلات"),
    "most_visited": ("Most visited", "Pays les plus visités", "الأكثر زيارة"),
    "most_met": ("Most met", "Personnes les plus rencontrées", "الأكثر لقاءً"),
    "none": ("—", "—", "—"),
    "other_holders": (
        "{n} matching events under other Secretaries General: add --sg all.",
        "{n} événements correspondants sous d'autres secrétaires généraux : ajoutez --sg all.",
        "{n} أحداث مطابقة في عهد أمناء عامين آخرين: أضف --sg all.",
    ),
    "map_visits": ("Visits per country", "Visites par pays", "الزيارات حسب البلد"),
    "map_days": ("Days per country", "Jours par pays", "الأيام حسب البلد"),
    "beyond_europe": ("Beyond Europe", "Hors d'Europe", "خارج أوروبا"),
    "shade": ("Shade:", "Teinte :", "التظليل:"),
    "never_mark": ("-- Ally never visited", "-- Allié jamais visité", "-- حليف لم يزره"),
    "allies_never": (
        "Allies never visited in this selection: {names}",
        "Alliés jamais visités dans cette sélection : {names}",
        "حلفاء لم يزرهم في هذا الاختيار: {names}",
    ),
    "every_ally": (
        "Every Ally visited in this selection.",
        "Tous les Alliés visités dans cette sélection.",
        "زار كل الحلفاء في هذا الاختيار.",
    ),
    "never_visited": ("Ally never visited", "Allié jamais visité", "حليف لم يزره"),
    "one_event": ("one event", "un événement", "حدث واحد"),
    "north_america": ("North America", "Amérique du Nord", "أمريكا الشمالية"),
    "map_sub": (
        "{who} · {span} · {count} events · record as of {as_of}",
        "{who} · {span} · {count} événements · registre à jour au {as_of}",
        "{who} · {span} · {count} حدثًا · السجل حتى {as_of}",
    ),
    "map_unlocated": (
        "({n} not placed: place not located)",
        "({n} non placés : lieu non localisé)",
        "({n} بلا موقع: المكان غير محدد)",
    ),
    "map_source": (
        "Sources: the natotrips record (every event cited); places: GeoNames and cited pages; "
        "outlines: Natural Earth (public domain) via world-atlas.",
        "Sources : le registre natotrips (chaque événement cité) ; lieux : GeoNames et pages "
        "citées ; contours : Natural Earth (domaine public) via world-atlas.",
        "المصادر: سجل natotrips (لكل حدث مصدره)؛ الأماكن: GeoNames وصفحات مذكورة؛ "
        "الحدود: Natural Earth (ملك عام) عبر world-atlas.",
    ),
    "kind_visit": ("visit", "visite", "زيارة"),
    "kind_ministerial": ("ministerial", "réunion ministérielle", "اجتماع وزاري"),
    "kind_summit": ("summit", "sommet", "قمة"),
    "kind_meeting": ("meeting", "rencontre", "لقاء"),
    "kind_troop-visit": ("troop visit", "visite aux troupes", "زيارة للقوات"),
    "kind_conference": ("conference", "conférence", "مؤتمر"),
    "status_held": ("held", "tenu", "انعقد"),
    "status_announced": ("announced", "annoncé", "مُعلن"),
    "status_unconfirmed": ("not confirmed as held", "tenue non confirmée", "لم يتأكد انعقاده"),
    "status_cancelled": ("cancelled", "annulé", "أُلغي"),
    "site_title": (
        "Where NATO's Secretary General has been",
        "Où le secrétaire général de l'OTAN s'est rendu",
        "أين ذهب الأمين العام لحلف الناتو",
    ),
    "site_intro": (
        "Trips and meetings of NATO's Secretary General, each event with the sources that "
        "report it.",
        "Voyages et rencontres du secrétaire général de l'OTAN, chaque événement avec les "
        "sources qui le rapportent.",
        "رحلات الأمين العام لحلف الناتو ولقاءاته، ولكل حدث المصادر التي أوردته.",
    ),
    "site_latest": ("Latest events", "Derniers événements", "أحدث الأحداث"),
    "site_all_events": ("All events", "Tous les événements", "كل الأحداث"),
    "site_countries": ("Countries", "Pays", "البلدان"),
    "site_people": ("People", "Personnes", "الأشخاص"),
    "site_compare": ("Compare", "Comparer", "مقارنة"),
    "site_glance": ("The years at a glance", "Les années en un coup d'œil", "السنوات في لمحة"),
    "site_map_alt": (
        "Map of the countries visited, shaded by number of visits, with every located event",
        "Carte des pays visités, teintés selon le nombre de visites, avec chaque événement "
        "localisé",
        "خريطة البلدان التي زارها، مظللة بعدد الزيارات، مع كل حدث محدد الموقع",
    ),
    "site_footer": (
        "Made with natotrips; every event cites its sources.",
        "Fait avec natotrips ; chaque événement cite ses sources.",
        "أُنشئ بأداة natotrips؛ لكل حدث مصادره.",
    ),
    "per_year_events": ("Events per year", "Événements par an", "الأحداث سنويًا"),
    "compare_of": ("{a} of {b}", "{a} sur {b}", "{a} من {b}"),
    "compare_note": (
        "events · trips abroad · countries · days abroad (per year: events · trips); "
        "Belgium, home of NATO Headquarters, is not abroad.",
        "événements · voyages à l'étranger · pays · jours à l'étranger (par an : événements · "
        "voyages) ; la Belgique, siège de l'OTAN, ne compte pas comme l'étranger.",
        "الأحداث · الرحلات إلى الخارج · البلدان · الأيام في الخارج (سنويًا: الأحداث · الرحلات)؛ "
        "بلجيكا، مقر الناتو، لا تُحسب خارجًا.",
    ),
}
LANG_INDEX = {"en": 0, "fr": 1, "ar": 2}


def label(key: str, lang: str = "en", **values: object) -> str:
    text = LABELS[key][LANG_INDEX.get(lang, 0)]
    return text.format(**values) if values else text


def join(items: Iterable[str], lang: str = "en") -> str:
    """A list in running text: ``a, b, c``; in Arabic with the Arabic comma (``a، b``)."""
    return ("، " if lang == "ar" else ", ").join(items)
