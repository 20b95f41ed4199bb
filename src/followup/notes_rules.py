"""What extraction knows about notes: their labels, the patterns of introductions, next steps,
first-person experience and company names, and the state extraction passes between its steps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache

from followup import regex_cache
from followup.contacts import find_emails, find_phones
from followup.models import Interviewer, Sourced
from followup.segments import Segment
from followup.text import WORD_START, expand_shorthand
from followup.when import MONTHS, WEEKDAYS


def _labels(spec: str) -> frozenset[str]:
    return frozenset(label.strip() for label in spec.split("|"))


LABELS: dict[str, frozenset[str]] = {
    "interviewer": _labels(
        "interviewer|interviewers|interviewer(s)|interviewed by|panel|panelists|panel members|met with|"
        "with|hiring manager|recruiter|spoke with|call with|people|attendees|who|hm|organizer|organiser|host|"
        "present|attending|in the room|who was there|panel was|interviewed with|guests|guest list|invitees|"
        "participants|independent member|panel member|panellist|panelist|panel chair|chair|required|"
        "required attendees|optional attendees|"
        "entrevistador|entrevistadora|entrevistadores|con|avec|intervieweur|recruteur|recruteuse|"
        "gesprächspartner|gesprächspartnerin|interviewer:in|"
        # who was invited, in the language of the calendar: Turkish, Spanish, Portuguese, German, Dutch, Polish, Italian
        "katılımcılar|düzenleyen|participantes|organizador|organizadora|teilnehmer|teilnehmende|deelnemers|"
        "uczestnicy|partecipanti|invitados|convidados|entrevistaron|me entrevistaron|entrevistaram|"
        # a selection board: Italian, Spanish, Portuguese, French, German, Polish, Turkish
        "commissione|commissione esaminatrice|comisión|tribunal|comissão|banca|jury|jury de recrutement|"
        "kommission|auswahlkommission|komisja|mülakat heyeti|heyet|"
        # who the thank-you goes to: "thank u email to: Bill Szymański, Northern Spark Electric Ltd."
        "thank you email to|thank u email to|thank-you email to|thank you note to|thank u note to|ty email to|"
        "ty note to|email to|send to|send it to|address it to|addressed to"
    ),
    "company": _labels(
        "company|org|organization|organisation|employer|hospital|school|district|firm|client|venue|"
        "business|store|clinic|practice|co|trust|nhs trust|council|charity|university|college|hotel|restaurant|"
        "institution|nonprofit|empresa|entreprise|société|firma|unternehmen|arbeitgeber|cabinet|organisme"
    ),
    "role": _labels(
        "role|position|job|job title|opening|req|applying for|title|for|position applied|position applied for|"
        "applied for|job applied for|puesto|cargo|poste|stelle"
    ),
    "time": _labels("date|when|time|interview date|day|date/time|datetime|fecha|hora|heure|termin|datum|wann"),
    # "Absent: Pierre-Yves (the other partner) cancelled last minute": who was not there
    "absent": _labels("absent|absentee|absentees|no-show|no show|apologies|ausente|abwesend|afwezig"),
    "candidate": _labels(
        "my info|candidate|my contact|contact|name|from|my name|signature|sig|my details|contact info|"
        "my contact info|candidate info|contacto|mis datos|mes coordonnées|kontakt|meine daten"
    ),
    "next": _labels(
        "next|next step|next steps|agreed next step|agreed next steps|"
        "nxt|nxt step|nxt steps|ns|follow up|follow-up|followup|f/u|fu|"
        "action items|timeline|after|outcome|"
        "next stage|next round|siguiente paso|próximo paso|prochaine étape|suite|nächster schritt|nächste schritte|"
        "siguientes pasos|próximos pasos|próximos passos|próximo passo|prochaines étapes|vervolg|volgende stap|"
        "volgende stappen|kolejne kroki|następny krok|"
        "siguiente|próximo|proximo|próximos|prochaine|nächste|prossimo passo|prossimi passi"
    ),
    # The candidate's own list: "TODO: look up TestRail tutorials", "note to self: book the licence test".
    # Not the step the interviewer agreed to, and not something they raised.
    "todo": _labels(
        "todo|to do|to-do|todos|to dos|to-dos|2do|2-do|my todo|my to do|note to self|notes to self|note for me|"
        "reminder|reminders|remind self|remind myself|self|tasks|my tasks|for me|"
        "pendiente|pendientes|por hacer|pendente|pendentes|à faire|a faire|zu tun|da fare|do zrobienia"
    ),
    "answer": _labels(
        "a|answer|my answer|i said|skills|my background|background|strengths|i talked about|yo|moi|ich|respuesta|"
        "about me|my experience|experience|me"
    ),
    # Where and how the interview happened: logistics, not something to thank anyone for.
    "logistics": _labels(
        "location|where|address|parking|directions|room|format|platform|dress code|lugar|lieu|ort|show as|"
        # how someone came across: "Impression: no-nonsense, very formal, called me "Ms. Raman""
        "impression|impressions|my impression|first impression|vibe|vibes|tone|tono|ton|register|"
        "dial-in|dial in|conference id|meeting id|passcode|zoom link|teams link|link|join|subject|cc|bcc|sent|"
        "temat|betreff|asunto|objet|assunto|oggetto|onderwerp|件名|제목|主题|主題|"  # a mail's subject in Polish, …
        "enviada em|enviado em|enviada|enviado|enviado el|gesendet|envoyé|envoyé le|wysłano|"  # … and when it was sent
        "google meet|microsoft teams|webex|video link|video call link|meeting link|"
        "notification|notificação|notificación|rappel|erinnerung|benachrichtigung|pengingat|"  # a calendar's alert
        "booked via|booked by|scheduled by|set up by|setup by|organised by|organized by|arranged by|sent by|"
        "coordinated by|added by|invited by|"
        "prev|previous|previous job|prev job|past job|former employer|current employer|currently at|"
        "former job|last job|old job|current job|my last job|my current job|"
        "previous employer|past employer|former company|previous company|"
        "referred by|referral|referee|referees|reference|references|refs|my refs|ref|ref list|reference list|"
        # who was only talked about: "Also mentioned: the MD, Chief Mrs. Adebisi Coker – I will meet her only if …"
        "also mentioned|mentioned|not met|didn't meet|people mentioned|others mentioned"
    ),
    "question": _labels(
        "q|question|questions|they asked|asked|topic|topics|notes|discussed|discussion|projects|project|highlights|"
        "him|her|them|they|interviewer"
    ),
}


INTRO_RE = regex_cache.compile(
    WORD_START + r"(?:"
    # "met district mgr bobby kowalczyk @ the store": met a title, then the name, all in lower case
    r"\bmet\s+(?=(?-i:(?:[a-z]+\s+){0,2}(?:mgr|manager|director|owner|supervisor|lead|head|chef|vp|gm)\s+[a-z]+\s+[a-z]))|"
    # "met Gillian Thornbury practice mgr. girl at desk …": met, then the name
    r"\bmet\s+(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z][^\W\d_'’]+\s+(?:[a-z]+\s+){0,2}(?:mgr|manager|director|owner|lead)\b))|"
    r"\b(?<![-/])(?:mtg|meeting|met|call|chat(?:ted)?|interview(?:ed)?|interveiw|intervew|inteview|int|intvw|spoke|talked|conv|"
    r"screen|zoom|google meet|gmeet|teams|coffee|lunch|"
    r"onsite|on-site|"
    r"panel|sat down|sat|conversation|convo|1:1|1[- ]on[- ]1|one[- ]on[- ]one|session|round|phone screen|video call|"
    r"visit|tour|shadow(?:ed)?|"
    r"(?:all set|scheduled|confirmed|booked) to meet)\b"  # an invitation's "You're all set to meet with Michael …"
    r"(?:(?<=\bint)\.)?"  # "int. w/ Siobhán Flynn"
    # not "talked about moving to Kafka"; a bare "w" only before a capital: "interview today w Vince Ferraro"
    r"(?:(?!\b(?:about|abt|re)\b)[^.;\n]){0,130}?\b(?:w/|with|by|to|w(?=\s+(?-i:[A-Z])))\s+"
    # an invitation in Spanish, Portuguese or French: "te confirmo entrevista el jueves … con María José Ortega"
    r"|\b(?:entrevista|entretien)\b[^.;\n]{0,120}?\b(?:con|com|avec)\s+(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    # "al final solo me entrevistó la Dra. Guadalupe Treviño Garza, directora médica"
    r"|\b(?:me|nos) entrevist(?:ó|o|aron)\s+(?:(?:la|el|los|las|o|a)\s+)?(?=(?-i:[A-Z]))"
    # Russian "интервью было с Dmitry Sokolov", Polish "rozmawiał ze mną dr Tomasz Grabowski"
    r"|(?:интервью|собеседование)\s+(?:было\s+)?со?\s+(?=(?-i:[A-ZА-Я]))"
    r"|\brozmawia(?:ł|ła|li|ły)\s+ze\s+mną\s+(?=(?:(?:dr|pan|pani|prof)\.?\s+)?(?-i:[A-ZŁŚŻ]))"
    r"|^\s*(?:with|w/)\s+"  # a header's second line: "with Chiara Benedetti & Kofi Asante"
    # "primeiro o Ricardo Vasconcelos, gerente de obras", "e ai a Patrícia Oyama", "luego la Dra. …"; a run-on's
    # "then came Chiara Santangelo senior scientist"
    r"|\b(?:primeiro|primeira|depois|segundo|segunda|e a[ií]|primero|primera|despu[ée]s|luego|poi)\s+"
    r"(?:o|a|el|la|il)\s+(?=(?-i:(?:Dra?\.?\s+|Sr[a]?\.?\s+)?[A-Z][^\W\d_'’]+\s+[A-Z]))"
    r"|\b(?:then|next|after that|and then)\s+came\s+(?:in\s+)?(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    # "Orla Brennan the store GM and then this lad Pádraig Ó Súilleabháin who's regional VM"
    r"|\bthen\s+(?:this|a|the other)\s+(?:lad|guy|girl|woman|man|lady|bloke|chap|fella|gal)\s+"
    r"(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    # "met the owner Gazza (Gary Mitchell) and his leading hand Tomasz Wiśniewski"
    r"|\bmet\s+(?:the|our|their)\s+(?:[a-z-]+\s+)?(?:owner|manager|mgr|director|head|lead|supervisor|chef|founder|"
    r"ceo|gm|principal|foreman|boss|partner)\s+(?=(?-i:[A-Z]))"
    # "met on farm sat arvo 2ish, Bruce van der Berg + Leanne van der Berg (owners, husband & wife)"
    r"|\bmet\b[^.;,\n]{0,40},\s+(?=(?-i:[A-Z][^\W\d_'’]+\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][^\W\d_'’]+\s*(?:\+|&|and)\s))"
    r"|(?<=[-–—|]\s)(?:with|w/)\s+"  # the header's last part: "Site Supervisor — w/ Curtis Bell"
    r"|\bpanel(?:\s+of\s+\d+)?\s*[-–—:]\s+(?=(?-i:[A-Z]))"  # "Panel of 2 - Aoife Brennan and Kenji Watanabe"
    # "panel of two, the charge nurse manager Hemi Tūhoe and the nurse educator Priya Raghunathan"
    r"|\bpanel\s+of\s+(?:two|three|four|\d)\s*[-–—:,]\s+the\s+(?-i:[a-z-]+\s+){1,3}?(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    r"|\bround\s+\d+\s*[-–—:]+\s+(?=(?-i:[A-Z]))"  # "round 1 — Sofía Hernández-Ruiz, Staff Engineer"
    r"|\bR\d\s+(?:w/|with)\s+(?:(?-i:[A-Z]{2,5})\s+)?(?=(?-i:[A-Z][a-z]))"  # "R4 w/ CEO Hiroshi Tanaka-Morrison"
    # "it was me and three people, Ingrid Halvorsen (…) and then Tobias Quist-Mendel …"
    # "met three people first the GM Dimitri Papadakis who asked …"
    r"|\b(?:two|three|four|2|3|4)\s+(?:people|ppl|interviewers)\s+first\s+(?:the\s+[\w-]+\s+)?"
    r"(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    r"|\b(?:two|three|four|2|3|4)\s+(?:people|ppl|of them|interviewers)"
    r"(?:\s+(?:at the table|on the panel|in the room|there|on the call))?"
    r"(?:\s+(?:both|all)\s+(?:called|named)\s+[^\W\d_]+(?:\s*\(!+\))?)?"  # "two interviewers both called Joost (!) - …"
    r"(?:\s+(?:not|instead of)\s+(?:one|two|three|four|five|\d))?"  # "two of them not three, …"
    # "two interviewers ma'am Rowena Dizon …", "Two of them on the panel Darren Ashworth the depot manager and …"
    r"(?:\s*[,:.\-–—]\s+|\s+(?=(?:ma['’]?am\s+|sir\s+)?(?-i:[A-Z][^\W\d_'’]+\s+[A-Z])))"
    # "there was 2 of them. the GM Declan Furlong and the front office manager Ewa Nowicka"
    r"(?:the\s+(?-i:(?:[a-z-]+|[A-Z]{2,4})\s+){1,3}?)?(?=(?-i:(?:the\s+)?(?:Dr\.?\s|Mrs?\.?\s|Ms\.?\s|ma['’]?am\s|sir\s)?[A-Z]))"
    # "…, and the senior physio Priyanka Dutta, …" in a run-on line: one more person, introduced
    r"|\bpanel\s+(?:was|were|is)\s+(?=(?-i:(?:Dr\.?\s|Mrs?\.?\s|Ms\.?\s)?[A-Z]))"  # "Panel was Margaret …"
    # "Whitlock Electrical, the bloke is Dean Whitlock, he owns it"
    r"|\bthe\s+(?:bloke|guy|man|woman|lady|owner|boss|interviewer)\s+(?:is|was)\s+(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    r"|\b(?:I|it)\s+was\s+with\s+(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"  # "first I was with Javier Muñoz Ortega"
    # "interview was just Fiona MacAskill, Head Nurse"
    r"|\b(?:interview|it|panel)\s+was\s+(?:just|only)\s+(?:with\s+)?(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    # an invitation's "You'll meet with Rev. Angela Brooks, our Executive Director."
    r"|\byou(?:['’]ll| will)\s+(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?)\s+(?:with|to)\s+"
    r"(?=(?-i:(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][^\W\d_'’]+\s+[A-Z]))"
    # "it was the chef-owner Mireille Gagnon-Tremblay (…) and the GM/sommelier Étienne Lachance-Roy"
    r"|\bit\s+was\s+(?=(?:the|our|their)\s+[a-z/-]+(?:\s+[a-z/-]+)?\s+(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    # "was just one person in the end, Aroha Ngata the branch team leader"
    r"|\bwas\s+(?:just|only)\s+(?:one|1)\s+(?:person|interviewer)(?:\s+in\s+the\s+end)?\s*[,:\-–—]\s+"
    r"(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    # "The second person was Eng. Gregory Whitaker, he is american, structural lead …"
    r"|\b(?:(?:first|second|2nd|third|3rd|last|other)\s+(?:person|one|interviewer)|"
    r"(?<!\bmy\s)(?:guy|lady|woman|man|interviewer))\s+(?:was|is)\s+"  # "guy was Terrence Boudreaux, station …"
    r"(?=(?-i:(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][^\W\d_'’]+\s+[A-Z]))"
    # "So the boss there, the owner, is Hēmi Tūhoe-Parata": who held the job, named after it
    r"|\b(?:boss|owner|interviewer|hiring manager)(?:\s+there)?,?\s+(?:the\s+[a-z]+,\s+)?is\s+"
    r"(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z]))"
    # ". Luis Barragán is the Operations Manager for the Mississauga cross-dock."
    r"|(?:^|(?<=\. ))(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z][^\W\d_'’]+(?:-\w+)?)\s+is\s+(?:the|our|their)\s+(?-i:[A-Z]))"
    # ". Nadia Haddad from the finance team asked about …": a sentence that starts with who asked
    r"|(?:^|(?<=\. ))(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z][^\W\d_'’]+(?:-\w+)?)\s+"
    r"(?:from\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?(?:asked|talked|wanted|grilled|quizzed)\b)"
    # "…, and Tariq Haddad who'll be GM at Summerlin asked how I'd …"
    r"|(?<=, )and\s+(?:then\s+)?(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z][^\W\d_'’]+)(?:-\w+)?\s+(?:who|asked|talked|wanted))"
    r"|(?<=, )and\s+(?:then\s+)?the\s+(?-i:[a-z-]+\s+){1,3}?"
    r"(?=(?-i:(?:Dr\.?\s|Mrs?\.?\s|Ms\.?\s)?[A-Z][^\W\d_'’]+(?:-[A-Z][^\W\d_'’]+)?\s+[A-Z][^\W\d_'’]+\s*[,.(]))"
    r"|\b(?:today|yesterday|this morning|this afternoon)\s+(?:w/|with)\s+(?=(?-i:[A-Z]))"
    r"|\b\d+\s*(?:min|mins|minutes|hr|hrs|hour|hours)\s+(?:w/|with)\s+(?=(?-i:[A-Z]))"  # "45 min w/ Talia"
    r"|(?<=,\s)(?:with|w/)\s+(?=(?-i:[A-Z]))"  # "Thurs 4pm, 30 min, with Brandon Keele"
    r"|\bit\s+was\s+(?:with|w/?)\s+(?=(?:the|my|our|their)\s|(?-i:[A-Z]))"  # "… here goes, it was with Rosalind …"
    r"|\bit\s+was\s+(?:just|only)\s+(?=(?:the|my|our|their)\s|(?-i:[A-Z]))"  # "it was just the owner, Declan …"
    r"|\b(?:first|second|third|fourth|last|next)\s+(?:was|were|came)\s+(?:a\s+|an\s+)?(?=(?:the\s)?(?-i:[a-zA-Z]))"
    r"|\b(?:the\s+)?(?:manager|interviewer|hiring manager|owner|supervisor|director|boss)\s+(?:is|was)\s+"
    r"|\b(?:passed|handed|transferred|put)\s+me\s+(?:over\s+|off\s+|through\s+)?to\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?=(?-i:[A-Z]))"
    r"|\b(?:intro|debrief|deep-dive|met|mtg|chat|call)\s+(?:w/|w|with)\s+"
    r"|\b(?:first|then|and then)\s+(?:with\s+)?(?:the\s+(?-i:[a-z]+\s+){1,3}?)?"
    r"(?=(?-i:[A-Z][^\W\d_'’]+(?:['’-][^\W\d_]+)*\s+(?:(?:ap|de|van|von|da|dela|di|le|la|bin)\s+)?[A-Z]))"
    # "then the deputy principal Liam Fitzgerald asked …", "Then Dafydd ap Rhys, head of waste services"
    r"|\band\s+the\s+(?-i:[a-z]+\s+){1,4}?(?=(?-i:[A-Z][^\W\d_'’]+\s+[A-Z][^\W\d_'’]+\s+(?:asked|said|talked)))"
    r"|\bmet\s+(?:the\s+)?(?:[a-z]+,?\s+){0,2}?(?=(?-i:(?:Dr\.?\s|Mrs?\.?\s|Ms\.?\s)?[A-Z][^\W\d_]+\s+[A-Z]))"
    # An invite's "You will meet with Pieter Swanepoel, our Operations Manager": who the interview is with.
    r"|\byou(?:\s+will|['’]ll)\s+(?:be\s+)?(?:meet(?:ing)?|interviewed|speaking|talking)\s+(?:with\s+|by\s+|to\s+)?"
    r"(?=(?-i:(?:Dr\.?\s|Mrs?\.?\s|Ms\.?\s)?[A-Z][^\W\d_]+\s+[A-Z]))"
    r")",
    re.IGNORECASE | re.MULTILINE,
)


NEXT_RE = regex_cache.compile(
    WORD_START + r"(?:"
    r"\bnext\s*(?:steps?|round|stage)?\s*(?:[:\-–—=→]|->)|\bnext round\b|\bnext (?:is|will be)\b|"
    # not a study's "participant retention in the follow-up visits"
    r"\bfollow[- ]?up\b(?!\s+(?:visits?|care|appointments?|study|studies|rates?|data|questions?))|\bf/u\b|"
    # Not a child's or a patient's "next steps" in their plan: "how I'd plan next steps in their learning journals"
    r"(?<!\bplan )(?<!\bplanning )(?<!\btheir )(?<!\bhis )(?<!\bher )\bnext steps?\b|"
    # not the candidate's "how I would set up a stability study", "what I'd share with the team"
    r"\b(?:will|'ll|’ll|(?<!\bI)'d|(?<!\bI)’d|(?<!\bI )would)\s+"
    r"(?:send|set up|setup|set (?:it|that|this|one|something) up|schedule|"
    r"need to meet|want to meet|reach out|be in touch|get back|follow up|"
    r"email|call|phone|ring|text|contact|"
    r"let me know|let you know|circle back|connect|loop|introduce|share|forward|arrange|book|confirm|decide|review|"
    # also "Sanne said Eva from HR will plan it", "the SGB will submit the recommendation"
    r"plan it|organi[sz]e it|submit)\b|"
    r"\b(?:(?-i:[A-Z][a-z]+)|recruiter|hr|she|he|they)\s+to\s+(?:send|set up|schedule|email|call|confirm|follow up)\b|"
    # "they're deciding by next Tues", "decide within 2 weeks"
    r"\bdecid(?:e|es|ing)\s+(?:by|within|on|before|after|in the next|early|late|end of|this|next)\b|"
    r"\bhear back\b|\bdecision\b(?![-‑]making)|\bfinal round\b(?!,?\s+(?:it\s+)?(?:was|were)\b)|"
    r"(?<!\bno\s)\bsecond round\b|\bthird round\b|"
    # the next step in Portuguese, Spanish, French, German and Dutch
    r"\bpr[oó]xima etapa\b|\bpr[oó]ximo passo\b|\bsiguiente paso\b|\bprochaine [ée]tape\b|"
    r"\bn[äa]chste[rn]? (?:schritt|gespr[äa]ch|runde)\b|\bzweite[sn]? gespr[äa]ch\b|\bvolgende (?:stap|ronde)\b|"
    r"\bsecond (?:interview|meeting|conversation|chat)\b|"
    r"\b(?:an?|final|next) (?:onsite|on-site)\b|"
    r"\breferences?\b|\breferees?\b|\breferee checks?\b|\bpre-employment checks?\b|\boutcome (?:by|on|within|via)\b|"
    r"\bget back to (?:me|you|us)\b|"
    # not "van take home", "a service van i can take home"
    r"(?<!van )(?<!car )(?<!truck )(?<!can )\btake[- ]home\b(?!\s+(?:pay|car|van|truck|vehicle))|"
    r"\bshadow (?:shift|day)\b|\bstart date\b|\bbackground check\b|"
    # the hiring timeline, not "month-end closing timeline (they close WD5, want WD3)"
    r"(?<!closing )(?<!close )(?<!project )(?<!delivery )(?<!migration )\btimeline\b|"
    r"\bwithin \w+ (?:days|weeks|business days)\b|"
    r"\bfeedback (?:in|within|by) (?=\d|an? |one |two |three |(?:the )?end\b|next\b|mon|tue|wed|thu|fri)|"
    r"\bwithin \d+\s*[-–]\s*\d+\s+(?:working |business )?(?:days|weeks)\b|"
    r"\bby (?:mon|tue|wed|thu|fri|end of|eod|eow)\w*\b|"
    r"\b(?:will|'ll|’ll) be in touch\b|\b(?:will|'ll|’ll) (?:probably )?make (?:an?|the|me an?) (?:offer|decision)\b|"
    r"\bsend (?:over|them|him|her)\b|\bsample lesson\b|\bdemo lesson\b|"
    r"\bstage\s+(?:on\s+|this\s+|next\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw)\w*\b|"
    r"\btrial (?:shift|day)\b|\bworking interview\b|\bcome (?:in|back)\b|\bdemo (?:class|day|session)\b|"
    r"\bwants? me (?:in|to (?:come|coach|teach|present|meet|shadow|bring|send|do|run))\b|\binvited me (?:to|back)\b|"
    r"\b(?:would|'d|’d) like (?:me|us) to (?:come|shadow|meet|do|present|send|bring|teach|run|try)\b|"
    # "she said she'd have me back to meet Tom on Saturday morning for a final chat"
    r"\b(?:will|'ll|’ll|'d|’d|would)\s+(?:have|bring|get) me (?:back|in)\b|"
    # "they said I'll get a ranking letter in the mail in 4-6 wks": what they will send
    r"\b(?:they|he|she)\s+(?:said|say|says)\s+(?:that\s+)?I(?:['’]ll|\s+will|['’]d|\s+would)\s+(?:get|receive|hear)\b"
    r")",
    re.IGNORECASE,
)


FIRST_PERSON_SKILL_RE = regex_cache.compile(
    r"\bmy\b|\b(?:I\s+)?(?:told|showed|walked)\s+(?:her|him|them|you)\b|\bI\s+set\s+up\b|"
    r"\bI(?:'ve|’ve| have| had|['’]d)?\s+(?!asked|liked|loved|enjoyed|wondered|mentioned|wanted|hoped|"
    r"noted|needed|appreciated|agreed|offered|promised|followed)"
    r"(?:[a-z]+ed|led|built|ran|run|did|done|do|speak|know|hold|held|used|use|kept|taught|"
    r"managed|designed|shipped|wrote|created|launched|"
    r"migrated|taught|trained|teach|handled|worked|work|implemented|developed|grew|increased|reduced|cut|saved|"
    r"precepted|supervised|coordinated|oversaw|started|founded|owned|own|closed|sold|installed|wired|fixed|"
    r"repaired|welded|completed|earned|hold|have|am|was|spent|mentored|organized|organised|analyzed|analysed|"
    r"audited|prepared|automated|scaled|negotiated|delivered|volunteer(?:ed)?|specialize|specialise|"
    r"told|gave|drew|went through|walked through)\b",
    re.IGNORECASE,
)


PAST_EMPLOYER_RE = regex_cache.compile(
    WORD_START + r"(?:"
    r"(?:\b(?:my|our|we|told|said)\b(?!\s+(?:interview|intvw|meeting|call|conversation|chat|zoom|onsite|panel|notes))"
    r"[^.;\n]{0,60}|"
    # a recruiter's "ideally your manager at Crestline": the candidate's own employer
    r"\byour\s+(?:manager|boss|supervisor|line manager|current (?:employer|company|job|firm)|old (?:job|company|firm))"
    r"\b[^.;\n]{0,20}|"
    r"\b(?:I|I'm|I've)\b(?!\s+(?:interviewed|applied|met|spoke|talked|had (?:an?|my) interview|"
    r"(?:just\s+)?(?:finished|had|did|got out of|left|wrapped up|went for|went to|attended) (?:an?|my|the) "
    r"interview))[^.;\n]{0,60}|"
    r"\b(?:previously|formerly|former|ex|back|when|while|"
    r"(?<!\bhow\s)was|(?<!\bhow\s)were|worked|working|work|time|days|stint|years?|internship|from|current(?:ly)?)\b\s*)$"
    r")",
    re.IGNORECASE,
)


# also with an accented capital: "Casa Ámbar Muebles", "Éclair & Co"
COMPANY_NAME = (
    r"([A-Z0-9À-ÖØ-Þ][\w&.'’-]*(?:\s+(?:&\s+|(?:of|for|and|de|del|la)\s+(?:the\s+)?)?[A-Z0-9À-ÖØ-Þ][\w&.'’-]*){0,4})"
)


AT_COMPANY_RE = regex_cache.compile(
    rf"(?:^|\s)(?:@|at)\s+(?:the\s+)?{COMPANY_NAME}"
    # "Interview with Comfort Keepers Home Care for the home health aide position"
    rf"|\b(?i:interview|interviewing|interviewed)\s+(?:with|w/)\s+(?:the\s+)?{COMPANY_NAME}(?=\s+for\s+(?:the|a|an)\b)"
    # A pasted invitation: "Greetings from The Saffron Courtyard, Jaipur!"
    rf"|\b(?i:greetings|welcome)\s+from\s+{COMPANY_NAME}"
    # "Thanks for your application to the Sunvale Energy Graduate Program"
    rf"|\b(?i:your application)\s+(?:to|with)\s+(?:the\s+)?{COMPANY_NAME}"
    # "Thanks for your interest in The Granville Hotel", "… your interest in employment with the Tri-County …"
    rf"|\b(?i:your interest in)\s+(?:(?i:employment|working|a career)\s+(?:with|at)\s+)?(?:the\s+)?{COMPANY_NAME}"
    # Tagalog "tapos na interview ko sa Hotel Solana Bayfront" (my interview at …)
    rf"|\b(?i:interview)\s+(?:ko|namin)\s+sa\s+{COMPANY_NAME}"
    # "Interview today in Neptun IT (Gdańsk, …) for Service Desk Analyst": "in", as some say "at"
    # also "today interview in Uludağ Otomotiv in Nilüfer OSB for …"; Indonesian "interview di PT Karya Baja
    # Nusantara", "gimana interview nya tadi di Dewata Air?" (at)
    rf"|\b(?i:interview)(?:\s+(?i:today|yesterday))?\s+in\s+{COMPANY_NAME}(?=\s*[(,]|\s+(?:for|in|at|on)\b)"
    rf"|\b(?i:interview)(?:\s+(?i:nya|tadi|hari ini)){{0,2}}\s+di\s+(?:PT\s+)?{COMPANY_NAME}"
    # Spanish and Portuguese: "entrevista hoy con Tapatío Snacks", "Entrevista Imobiliária Costa Azul hoje"
    # (not "entrevista con la Comisión Calificadora": a committee, with its article)
    rf"|\b(?i:entrevista)\s+(?:(?i:hoy|hoje|ayer|ontem)\s+)?(?:(?i:con|com|en|na|no|em)\s+)?"
    rf"(?!(?i:comisi[oó]n|comit[eé]|panel|equipo|jurado|banca|tribunal)\b){COMPANY_NAME}"
    # "company is Vistula Secure sp. z o.o.", "I just walked out of Boreal Telecom in Laval"
    rf"|\b(?i:company)\s+(?:is|was|=|:)\s+{COMPANY_NAME}"
    rf"|\b(?i:how['’]?d it go|how did it go)\s+in\s+(?:the\s+)?{COMPANY_NAME}"  # a friend's "how'd it go in X"
    # an invite's "tell the guard you're visiting Kinneret Systems"; a chat's "Flor (Talento Cuentaclara)"
    rf"|\b(?i:you['’]re visiting|you are visiting)\s+{COMPANY_NAME}"
    rf"|\((?i:talento|talent|recruiting|recruitment|reclutamiento|recrutamento)\s+{COMPANY_NAME}\)"
    rf"|\b(?i:walked|got|came)\s+out\s+of\s+(?:the\s+)?{COMPANY_NAME}",
    re.UNICODE,
)


COMPANY_SUFFIXES = frozenset(
    "inc inc. llc ltd co co. corp corporation company group health healthcare labs lab systems hospital network "
    "airways aquarium esports theatre theater hospice zoo "
    "hospitals school schools university college academy bank bakery logistics robotics games analytics "
    "freight mechanical services union partners capital solutions technologies tech studio studios agency "
    "clinic foods media consulting credit insurance motors energy pharma therapeutics software networks "
    "ventures holdings industries electric construction district center centre foundation institute "
    "associates architects design designs store stores market markets cafe restaurant hotel airlines "
    "mortgage court suites inn builders medical plumbing drain library museum church county city council engineers "
    "dental pharmacy gallery bakery brewery farms trucking transit utilities wellness therapy distribution "
    "fabrication rigging gmbh ag sa sas srl plc llp lp pllc kg events studio salon spa realty properties "
    "resources mutual hosp ledger grounds outfitters cooperative co-op pharmaceuticals fitness gym homes "
    "residential care collective elementary preschool montessori libraries trust partnership initiative "
    "alliance vets veterinary cranes dairies dairy roasters orchards vineyards telecom telecoms pharmacies "
    "chemists crèche creche kindergarten nursery electrical roofing landscaping joinery scaffolding heating "
    "glazing buses coaches cleaning couriers removals bhd home transport solicitors lawyers attorneys nurseries "
    "pvt pty pte sdn estates cargo kitchen coalition abogados advogados avocats rechtsanwälte notaría digital "
    "accountants limited cpas financial advisory "
    # film, publishing and the workshop floor: "Northern Lantern Pictures", "Red Gum Press", "Greyfriars VFX"
    "pictures press publishing publishers productions films creative vfx animation machining "
    # engineering and defence firms: "Cobalt Ridge Defense", "Aerovance Structures", "Corvid Optics & Instruments"
    "defense defence aerospace interactive foundry instruments structures "
    # "hanul battery materials", "Daejin Chemical"
    "materials chemical chemicals aviation svcs conseil books terminals shipping "
    # software and telecoms: "Kaveri Infotech", "Tarangini Fintech", "Orbita Telekom", "Karnaphuli Soft"
    "infotech infosystems infosys fintech telekom telco soft storage "
    # airlines, research and making things: "Horus Air", "Aotea Clinical Trials", "Arcadia Genomics", "Wattle Bio",
    # "Green Mountain Millworks", "Uludağ Otomotiv", "Studio Boréal Interactif"
    "air aviation trials genomics bio biotech biosciences research millworks millwork interactif otomotiv "
    "works ironworks wireless biologics "  # "Great Lakes Battery Works", "Magnolia Wireless", "Moreton Biologics"
    "global components parts".split()
)


ROLE_WORDS = r"(?:role|position|job|req|posting|vacancy|spot|opening)"
# also a recruiter's "We have an opening for a Digital Collections Manager"
APPLIED_WORDS = r"(?:interview(?:ing|ed)?|applying|applied|candidate|an opening|a vacancy)"
ROLE_RE = regex_cache.compile(
    r"(?:^|[\s,(—–-])(?:the\s+|a\s+|an\s+)?([A-Za-z0-9][\w./&+'-]*(?:\s+[A-Za-z0-9][\w./&+'-]*){0,4}?)\s+"
    rf"{ROLE_WORDS}\b",
    re.IGNORECASE,
)
# Either pattern needs one of these words; looking for them first skips the slow patterns on most lines.
ROLE_HINT = regex_cache.compile(rf"\b(?:{ROLE_WORDS}|{APPLIED_WORDS})\b", re.IGNORECASE)


ROLE_FOR_RE = regex_cache.compile(
    rf"\b{APPLIED_WORDS}\s+for\s+(?:the\s+|a\s+|an\s+)?"
    r"([A-Za-z][\w./&+'-]*(?:\s+[A-Za-z][\w./&+'-]*){0,4})",
    re.IGNORECASE,
)


# "My notes (position is Junior Structural Engineer)", "the role is a Band 6 staff nurse post"
ROLE_IS_RE = regex_cache.compile(
    r"\b(?:position|role|job|post|vacancy)\s+(?:is|was)\s+(?:for\s+)?(?:the\s+|a\s+|an\s+)?"
    r"([A-Za-z][\w./&+'-]*(?:\s+[A-Za-z][\w./&+'-]*){0,4})",
    re.IGNORECASE,
)


# A message's sign-off, alone or with the signer's name: "Kind regards,", "Regards, Sana (HR Coordinator)".
SIGN_OFF = regex_cache.compile(
    r"^\W*(?:(?:(?:kind|warm|warmest|best|many|with)\s+)?(?:regards|thanks|thank you|wishes|cheers|sincerely)\b|"
    # "Mit freundlichen Grüßen", "Viele Grüße", "Saludos", "Cordialement", "Atenciosamente", "Met vriendelijke groet"
    r"(?:mit freundlichen|viele|beste|liebe) gr[üu](?:ß|ss)en?|(?:un )?saludos(?: cordiales)?|cordialement|"
    r"atenciosamente|abraços|met vriendelijke groet(?:en)?|"
    # Māori "Ngā mihi" (New Zealand), Italian "Cordiali saluti", Indonesian "Salam", Turkish "Saygılarımla"
    r"ng[āa] mihi(?: nui)?|cordiali saluti|distinti saluti|salam|hormat kami|saygılarımla|best regards)"
    r"[\s,.!]*(?:(?-i:[A-Z])[\w'’-]+(?:\s+\([^)]*\))?\W*)?$|^\W*best,?$",
    re.IGNORECASE,
)
ROLE_STOP = frozenset(
    "at @ with for w/ in on - — – , the a an my our their interview role position is was are mostly mainly "
    "basically which that doing "
    # "he asked loads about how I'd spot staged collisions": a verb, not the word for a job
    "how about whether what when where why i'd i’d i'll i’ll i'm i’m you we he she they".split()
)


LEAD_VERBS_RE = regex_cache.compile(
    r"^(?:(?:and\s+)?then\s+(?=(?:he|she|they)\s))?(?:(?:he|she|they|we|I|[A-Z][\w'-]+)\s+)?(?:also\s+|then\s+|really\s+)?"
    r"(?:asked\s+me\s+to\s+(?:talk\s+about|describe|explain|walk\s+(?:(?:her|him|them)\s+)?through)|"
    r"asked(?:\s+me)?(?:\s+(?:about|abt|re:?|on))?(?=\s+(?:how|if|whether|what|why)\b)|"
    r"asked(?:\s+me)?(?:\s+(?:a\s+lot|alot|a\s+ton|lots|loads|heaps|a\s+bunch))?(?:\s+(?:about|abt|re:?|on))?|"
    # "He ask me about my thesis", "ask me about …" after the name: after its subject, or asking "me"
    r"(?<=\s)asks?(?:\s+me)?(?:\s+also)?\s+(?:about|abt)|asks?\s+me(?:\s+also)?\s+(?:about|abt)|"
    r"(?:and\s+)?about(?=\s+my\b)|"  # "And about my social service in …"
    r"talked\s+(?:mostly\s+|a lot\s+|a bit\s+|briefly\s+)?(?:about|abt|thru|through)|talked(?=\s+\w+,)|"
    r"went\s+on\s+(?:about|abt|bout)|went\s+into|got\s+into|dove\s+into|moved\s+on\s+to|"
    r"(?:[a-z]+\s+)?(?:was|were)\s+(?:on|going on)\s+about|"  # "gary was on about the data centre fitout"
    r"(?:was|were|is)\s+(?:all|really|mostly|big)\s+(?:about|into|on)|"  # "Mr. Carter was all about the device rollout"
    r"discussed|mentioned(?:\s+that)?|described|explained(?:\s+that)?|said(?:\s+that)?|"
    r"pushed\s+(?:back\s+)?on|grilled\s+me\s+on|dug\s+into|drilled\s+(?:me\s+)?(?:on|into)|probed|"
    r"told\s+(?:me|her|him|them|you)(?:\s+(?:about|abt|that))?|"
    r"spoke\s+(?:about|abt|of)|went\s+over|walked\s+(?:me\s+)?(?:through|thru)|shared|brought\s+up|covered|"
    r"focused\s+on|dug\s+into|grilled\s+me\s+on|wanted\s+to\s+know(?:\s+about)?|was\s+curious\s+about|"
    r"interested\s+in|q\s*[:\-]|question\s+(?:about|abt|on)|"
    r"(?:and\s+)?(?:then\s+)?something\s+about)\s*[:\-]?\s*",  # "and then something about a hospital client"
    re.IGNORECASE,
)


LOWER_NAME_WITH_TITLE = regex_cache.compile(r"^([a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){1,2})\s*\(([^)]{2,60})\)")


STRONG_NEXT_RE = regex_cache.compile(
    WORD_START + r"(?:"
    r"^\s*next\b|\bnext steps?\b|\bnext round\b|\bsite visit\b|\bdecision\b|\bhear back\b|"
    r"\b(?:will|'ll|’ll)\s+(?:email|call|send|schedule|set up|be in touch|reach out|ring|phone|let me know|"
    r"get back)\b"
    r")",
    re.IGNORECASE,
)


# Letters after a name, not a job in capitals: "CTO", "VP", "GM" are what they do, not what they hold.
_CREDENTIAL = (
    r"(?:(?!(?:C[EFTOMIH]O|VP|SVP|EVP|GM|HR|PM|EM|QA|IT|UX|UI)\b)[A-Z]{2,5}"
    r"|PhD|Ph\.D\.|PharmD|RPh|EdD|PsyD|MBA|MSW|MSN|BSN|PA-C|DNP|Esq\.?)"  # "Judith Abernathy-Cho, Esq. – …"
)


# "Heather Lund, PE (Principal)", or with no comma "Gemma Hartley RVN (head nurse)"
CREDENTIALS_RE = regex_cache.compile(
    rf",\s*{_CREDENTIAL}(?:,\s*{_CREDENTIAL})*(?=[\s,(–—.-]|$)|\s+{_CREDENTIAL}(?=\s*[(,])"
)


NO_PHONE_RE = regex_cache.compile(
    r"\bno phone\b|\bemail only\b|\bdon'?t (?:call|give|share) (?:me|my (?:phone|number|cell))|"
    r"\bi screen (?:my )?calls\b|\bnot (?:giving|sharing) my (?:phone|number|cell)\b",
    re.IGNORECASE,
)


NO_NEXT_RE = regex_cache.compile(
    WORD_START + r"(?:"
    r"\bno (?:clear |real |firm )?(?:timeline|next steps?|date|decision date)\b|"
    r"\bdid(?:n'?t| not) (?:say|give|mention) (?:a |any )?"
    r"(?:next steps?|timeline)|\bstill interviewing\b|\bno word on next\b|"
    # "he didn't say what's next", "didn't say when he'd call back"
    r"\bdid(?:n'?t| not) (?:say|give|mention|tell me) (?:when|what['’]s next|how long)\b|"
    r"\b(?:nobody|no one|they didn'?t|didn'?t)\s+(?:mention|say|give)\w*\s+(?:any\s+)?(?:next steps?|timeline)|"
    r"^(?:none(?: given| yet| mentioned)?|n/?a|tbd|not discussed|no idea)\.?$"
    r")",
    re.IGNORECASE,
)


# a dictated "next steps, Ma'am Grace said they'll text me …": the step, with its teller named in it
NEXT_COMMA_LEAD = regex_cache.compile(r"^\s*next\s+steps?\s*,", re.IGNORECASE)
NEXT_LEAD_RE = regex_cache.compile(
    r"^\s*(?:next(?:\s+steps?)?|ns)\b\s*(?:[:\-–—>=|→⇒➡]|->)|^\s*next\s+steps?\s+(?=(?:is|are|he|she|they|we)\b)",
    re.IGNORECASE,
)


LOWER_NAME_THEN_TITLE = regex_cache.compile(
    r"(?<![\w'’-])([a-z][a-zà-ÿ'’-]+\s+[a-z][a-zà-ÿ'’-]+)\s*(?:\(([^)]{2,40})\)|,?\s+the\s+((?:[a-z]+\s+){0,2}"
    r"(?:manager|director|mgr|lead|head|supervisor|principal|editor|owner|vp|recruiter|coordinator|"
    r"superintendent|foreman|chief|partner|president)))\b"
)


COMMON_NOT_NAMES = frozenset(
    "interview intvw went pretty well think said talked spoke met first then joined later also really just ok so "
    "store office shop site yard clinic school team crew floor panel call zoom chat meeting coffee lunch".split()
)


# also "intvw @ polar air mechanical today 2pm": an "@" has no word boundary before it
LOWER_COMPANY_RE = regex_cache.compile(
    # also dictated: "okay interview notes redbud health systems IT project manager …"
    r"(?:\b(?:at|with|w/|interview notes(?:\s+(?:for|from))?)|(?<!\S)@)\s+"
    r"((?:the\s+)?(?:[a-z][\w&'’-]*\s+){0,3}[a-z][\w&'’-]*)"
)


MEETING_RE = regex_cache.compile(r"\b(?:met|meeting|talked|spoke|chat(?:ted)?|interview(?:ed)?|call)\b", re.IGNORECASE)


CHUNK_SPLIT = regex_cache.compile(
    r"\s+[-–—/|·•→]\s+|\s*[|·•→]\s*|\s*->\s*|\s*//\s*|\s+<>\s+|,\s+|[!?]+\s+|"
    r"(?<!\bSt)(?<!\bMt)(?<!\bDr)(?<!\bFt)(?<!\bSp)\.\s+"  # not inside "Vistula Packaging Sp. z o.o."
)


# Who arranged the interview, not a topic: "Bec at the agency (Adecco) set it up".
WHO_ARRANGED = regex_cache.compile(
    r"\b(?:set (?:it|this|the interview|everything)(?: all)? up|booked (?:it|the interview)|"
    r"(?:had )?scheduled (?:it|the interview)|sent (?:me )?the (?:invite|invitation|calendar invite)|"
    r"(?:organi[sz]ed|arranged) (?:it|the time|the interview|the call|everything)|"
    r"set up the (?:call|interview|zoom|teams call|meeting)|"
    r"sent (?:me )?(?:the |a )?(?:zoom |teams |meet |video |calendar )?(?:link|invite))\b",  # "sent zoom link"
    re.IGNORECASE,
)


# A word that looks ahead: "will", "would", "going to", "she'll", "they'd".
FUTURE_WORDS = r"\b(?:will|would|going to|gonna)\b|['’](?:ll|d)\b"
# What the candidate wants in the email: "Note to self - mention the rolling forecast model I built in my
# thank you", "worry: forgot to mention my ESL endorsement!! put in thank you", and to whom: "Mention to
# Denise that my old supervisor … is happy to talk".
TO_MENTION = regex_cache.compile(
    r"^\W*(?:(?:but|and|also|oh|so)\s+)?"
    r"(?:(?:notes?(?: to self)?|remind(?:er)?(?: (?:my)?self)?|remember|must|todo|to do|worry)\W*)?"
    r"(?:(?:don'?t|do not) forget\s+(?:to\s+)?)?"
    r"(?:[^,;]*\bthank[- ]?you\b[^,;]*[,;]\s*)?"  # "Remind self: send thank you by tonight, mention TRAX migration"
    r"(?:(?:I\s+)?forgot to mention|(?:to\s+)?mention)(?:\s+to\s+((?-i:[A-Z])[\w'’-]+))?\s+(?:that\s+)?(.+?)"
    r"(?:\s+again)?"
    r"(?:\W*(?:(?:so\s+)?(?:maybe\s+)?put (?:it |that |this )?)?in (?:my |the )?(?:thank[- ]?you|ty|follow[- ]?up)"
    r"(?: (?:note|email))?)?\W*$",
    re.IGNORECASE,
)
# Said in the room, never repeated in a thank-you: why the candidate is leaving, who came in late.
NOT_FOR_THE_EMAIL = regex_cache.compile(
    r"^\W*(?:(?:asked\s+)?(?:me\s+)?(?:about\s+)?(?:why|y|reasons?\s+for)\s+(?:I['’]?m\s+|I\s+am\s+|I\s+was\s+|I['’]d\s+be\s+)?"
    r"(?:leaving|leave|left|moving on)\b|what I shared about why I['’]?m leaving)|"
    # the candidate answering a friend in a chat: "yeah will email tonight", "ok I'll send it now"
    r"^\W*(?:yeah|yep|yes|ok|okay|sure)[,.!]?\s+(?:I['’]?ll\s+|I\s+will\s+|will\s+)(?:email|message|msg|text|send|write)\b|"
    # where the candidate worked, noted so as not to mix it up: "prev co: Mercari contractor 2yrs"
    r"^\W*prev(?:ious)?\.?\s+(?:co|company|job|employer|role)\b\s*[:\-–]|"
    # the candidate's own commute: "Parking is free, ~25 min from my place", "commute Midrand->Sandton gautrain ok"
    r"^\W*(?:(?:free\s+|staff\s+|no\s+)?parking|(?:my\s+)?commute|commuting)\b|"
    r"\b\d+\s*(?:min|mins|minutes)\s+(?:from|to)\s+(?:my\s+(?:place|house|flat|home)|home)\b|"
    # "Took about 45 min."
    r"^\W*(?:it\s+)?took\s+(?:about\s+|around\s+|~\s*)?\d+\s*(?:min|mins|minutes|hrs?|hours?)\b|"
    # a note to self: "remember to thank her for the tour …", "don't forget to send the portfolio link"
    r"^\W*(?:remember|reminder|note to self|(?:don['’]?t|do not) forget)\W*"
    r"(?:to\s+)?(?:thank|send|email|bring|ask|check)\b|"
    r"\b(?:started|joined|arrived|came in|was|ran)\s+(?:~|about\s+|like\s+|abt\s+)?\d+\s*(?:min|mins|minutes)\s+late\b|"
    # the candidate's own commute by transit: "ttc 504 streetcar ~25 min ok", "bus 36 took 40 mins"
    r"\b(?:bus|train|tram|streetcar|subway|metro|ttc|luas|dart|tube|ferry)\b[^.;\n]{0,25}?~?\s*\d+\s*(?:min|mins|minutes)\b|"
    # the candidate's family: "aunt lorraine said she knows marisol from church?? ask her"
    r"^\W*(?:my\s+)?(?:aunt|auntie|aunty|uncle|cousin|gran|grandma|grandpa|nan)\s+\w+\s+(?:said|says|knows)\b|"
    # a note to self of what to bring: "bring non slip shoes!!", not "asked me to bring my portfolio"
    r"^\W*(?:(?:also|and)\s+)?(?:need to |must |have to )?bring\s+(?:my\s+|the\s+|a\s+)?[\w /+-]{2,30}?"
    r"\s*(?:!+|\.)?\s*$|"
    # the candidate's own errands: "also need to buy new clogs"
    r"^\W*(?:also\s+|and\s+)?(?:I\s+)?(?:need|have|gotta|got)\s+to\s+(?:buy|pick up|order)\b|"
    # the candidate's own people: "ask Lorenzo (flatmate) where the agenzia delle entrate is"
    r"\b(?-i:[A-Z])[\w'’-]+\s*\((?:my\s+)?(?:roommate|flatmate|housemate|friend|partner|husband|wife|boyfriend|"
    r"girlfriend|bf|gf|mum|mom|dad|sister|brother|cousin|neighbou?r)\)",
    re.IGNORECASE,
)
# How the candidate feels it went, not something they can offer: "I think I fumbled the clock skew part",
# "Worried I talked too long on the staffing answer", "forgot to ask abt pto!!".
SELF_DOUBT = regex_cache.compile(
    r"^\W*(?:(?:I\s+think\s+|probably\s+)?I\s+(?:fumbled|messed up|blanked|rambled|bombed|flubbed|stumbled|"
    r"talked too (?:long|much)|forgot)\b|(?:worried|worry|nervous|kicking myself)(?:\s*:|\s+(?:that\s+)?I\b)|"
    r"forgot to (?:ask|bring)\b)",
    re.IGNORECASE,
)


# Said of someone on their own line: "not on the board", "never met", "didn't interview".
# How someone is addressed, not what they discussed: "everyone calls her Roz", 'address as "Khun Siriporn"'.
NAME_TALK = regex_cache.compile(
    r"\baddress(?:es|ed)? (?:(?:her|him|them) )?as\b|\bcalled (?:her|him) (?:sir|ma['’]?am|madam)\b|"
    # also "Everyone incl. the other teachers calls her", "Everyone (incl. the HR coordinator) called her"
    r"\b(?:(?:everyone|everybody|people|they all|we all|staff(?: all)?|the team|all)(?:\s+[^.;:!?]{0,40}?)?"
    r"\s+call(?:s|ed)? (?:her|him|them)|"
    r"goes by|go by|(?:prefers|wants|likes|asked) to be called|introduced (?:himself|herself|themselves) as)\b|"
    r"\b(?:call|calling) (?:me|her|him)\s+[\"“']?(?-i:[A-Z])|"  # also "i def wont be calling her Hui Min"
    # "said use Takahashi-san / Mori-san in thx mails": how to address them in writing
    r"\buse\s+(?-i:[A-Z])[^\s.]*(?:\s*/\s*\S+)?\s+in\s+(?:the\s+)?(?:thx|thanks|thank[- ]you)?\s*"
    r"(?:mails?|emails?|notes?)\b|"
    r"\bme tute[oó]\b|\bnos tuteamos\b|\bon s['’]est tutoy|"  # "Más cercano, me tuteó": first names
    # 'todos le dicen "doctora Claudia"', Italian "mi ha detto di darle del tu"
    r"\btodos (?:le|la|lo) (?:dicen|llaman)\b|\b(?:darle|darmi|dargli|dammi|diamoci) del tu\b|"
    # 'Muy formal, usar "Sra. Puig"': the form to write
    r"\b(?:usar|use|utiliser|usare)\s+[\"“']?(?:Sra?|Srta|Dra?|Mr|Mrs|Ms|Prof|Lic|Ing|Mme|Herr|Frau)\.?\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


NOT_ON_PANEL = (
    r"\bnot (?:on |in |part of )?(?:the )?(?:panel|board|committee|interview|intvw)\b|\bnever met\b|"
    r"\bnot interviewing\b|\bdidn'?t interview\b|"
    # "she not join interview", "didn't join the interview", "did not sit in the interview"
    r"\b(?:not|didn'?t|did not|never)\s+(?:join|joined|sit in|sat in)\s+(?:on\s+)?(?:the\s+)?(?:interview|panel)\b"
)
NOT_INTERVIEWER_RE = regex_cache.compile(
    WORD_START + r"(?:\bnot (?:an? )?interviewer\b|\bscheduling only\b|\bjust (?:the )?scheduling\b|"
    r"\b(?:coordinator|scheduler|organi[sz]er) only\b|"  # "Lauren = coordinator only"
    rf"{NOT_ON_PANEL}|"
    # "Contact Mrs. Bisi Oyelaran (HR) on 0809 … if you need directions": an invitation's help line.
    r"^\W*(?:please\s+)?contact\b.*\b(?:if you|with any|should you|for any|if late|if lost)\b|"
    r"^\W*(?:reception(?:ist)?|front desk|recepci[oó]n|réception|recepção|recepcja|rezeption)\s*:|"
    r"\b(?:let|buzzed) me in\b|\bno entrevist[oó]\b|"
    # "Renee only did parking pass + reimbursement form"; "Greg (old boss) texted"
    r"\bonly did (?:the |my )?(?:parking|paperwork|forms?|reimbursement|badge|welcome|intro|logistics)\b|"
    r"(?<=\()(?:my )?(?:old|former|ex-?)\s*(?:boss|manager|mgr|supervisor)\)|"
    # "Sam from HR was on but just listening"
    r"\b(?:just|only) (?:listening|observing|listened|observed)\b|"
    # "Miss Carol (secretary, took notes on a pad, never asked anything)", "Kevin — note taker, didn't say a word";
    # not "tough but fair, took notes the whole time" of the one who asked
    r"\b(?:never|didn['’]?t|did not) (?:asked?|say|said) (?:anything|a word|a thing)\b|\b(?:only|just) took notes\b|"
    # "Paola de RRHH solo tomó notas, no habló"; Portuguese "só tomou notas, não falou"
    r"\b(?:solo|s[oó]) tom(?:[oó]|ou) notas\b|\bno habl[oó]\b|\bn[aã]o falou\b|"
    # "Thomas (mon ex-manager chez Vins & Terroirs Distribution)", "meu antigo chefe", "my old boss"
    r"\b(?:my|mon|ma|mi|meu|minha|il mio|la mia) (?:ex-\s?|former |old |previous |ancien(?:ne)? |antig[oa] |"
    r"antigu[oa] |vecchio |vecchia )(?:manager|boss|chef|patron|patronne|jef[ea]|chefe|supervisor[a]?|mgr|capo)\b|"
    r"\bmet me (?:at|in) (?:security|the gate|the front|the entrance|(?:the )?(?:lift |elevator |main )?lobby|"
    r"(?:the )?reception)\b|\b(?:job ad|ad|advert|posting|listing) said to contact\b|"
    r"\b(?:interpreter|translator|observer|observing|note[- ]?taker)\)|"  # "(interpreter)", "(observer)"
    # "Hưng (bảo vệ / security) | only checked my CCCD at the gate": the guard's row of a table
    r"\((?:[^()|]*/\s*)?(?:security|security guard|guard|bảo vệ|reception|receptionist|lễ tân)\)\s*\||"
    r"\bchecked my (?:id|ids|cccd|documents|docs|badge)\b|\bnot assess(?:ed|ing)\b|"
    # "| Ms. Jasmine Goh | HR | observer, … | no questions, don't thank separately |", "Observer: Ms. Ayesha Siddiqui"
    r"\bobserver\b[^\n]{0,60}\bno (?:\w+ )?questions\b|^\W*observers?\s*:|\bdon['’]t (?:send (?:a )?)?thank\b|"
    # "só me recebeu e levou até a sala" (only met me and took me to the room); "— only intro + terms at the end"
    r"\bs[oó] me recebeu\b|\blevou até a sala\b|\bsolo me recibi[oó]\b|\b(?:just|only) (?:did )?(?:the )?intros?\b|"
    r"\bwalked me (?:to|back to|between) (?:the )?(?:room|rooms|office)\b|"
    r"\bgave me a (?:visitor(?:'s)? )?(?:badge|lanyard|pass)\b|"
    r"\bon (?:the )?reception\b|\bonly did the (?:screening|phone screen|screen)\b|"
    r"\bdid (?:my|the|our) (?:phone screen|screening|screener|intro call)\b|"  # "recruiter Tasha did my phone screen"
    r"\bnot (?:in |part of )?the interview\b|"
    r"\b(?:1st|first|previous|earlier|last) round was (?:with|w/)|"
    # "Mrs. Bisi at reception signed me in", "Declan … showed me round after", "Brett Summers (my manager at …)"
    r"\bat (?:the )?(?:reception|front desk)\b|\b(?:signed|checked) me in\b|"
    # "Ms Kavitha just brought me up + collected my certs", "… where Ms Kavitha will receive you"
    r"\b(?:just|only) (?:brought|walked|took) me (?:up|down|in|through|back|round|around|upstairs)\b|"
    r"\bwill receive you\b|"
    # "Stacey (asst mgr) met me at the till and took me up to the office, then went back on the floor."
    r"\bmet me at the (?:till|door|gate|front|lobby|entrance|counter)\b|\bwent back (?:on|to) the floor\b|"
    r"\bshowed me (?:round|around|the (?:[a-z-]+ ){0,2}(?:room|floor|ward|kitchen|site|yard|bays?|garage|lab|ropes))\b|"
    r"^\W*going\s*(?:\([^)]*\))?\??\s*yes\b|"  # a calendar invite's "Going (me@…)? Yes - Maybe - No"
    r"\bgave (?:me )?the tour\b|\bmet me at the door\b|"
    r"\b(?:made|brought|got|gave) (?:me )?(?:a )?(?:tea|coffee|cuppa)\b|"
    # "HR contact: Neha (scheduled, not in interview)", "recruiter = Sam @ Harwood Talent, not on call"
    r"\b(?:not|wasn'?t|was not) in (?:either |the |any |this |that |my )?(?:interview|intvw)\b|"
    r"\bnot on (?:the )?calls?\b|\b(?:not|wasn['’]?t|isn['’]?t) part of (?:the |my )?(?:interview|intvw)\b|"
    r"\bnot an interview\b|\b(?:coordinator|scheduling|logistics|admin) only\b|"
    # "Nadia only logistics, muito simpática"
    r"\b(?:only|just) (?:did |handled |for )?(?:the )?(?:logistics|scheduling)\b|"
    r"\bonly joined (?:at the end|for the (?:last|end))\b|"
    # an earlier round: "(1st was phone screen w/ Jodie from Talent, 20 min)", "(1st = 20min call w/ founder last wk)"
    r"\b(?:1st|first)(?:\s+(?:round|int|interview|stage))?\s*(?:=|was)\s*(?:an?\s+)?(?:\d+\s*min\w*\s+)?"
    r"(?:phone\s+)?(?:screen|call|chat)\b|"
    r"(?<!be )\bmy (?:current |old |former |previous |last )"
    r"(?:manager|boss|supervisor|referee|mentor|line manager)\b(?!\s+(?:if|when|once)\b)|"  # not "my boss if I get it"
    # a bare "my boss" is who the candidate would report to in "Practice Manager (my boss)"
    r"(?<!be )\bmy (?:manager|boss|supervisor|referee|mentor|line manager)\b(?!\s*\))(?!\s+(?:if|when|once)\b))",
    re.I,
)


ME_LINE_RE = regex_cache.compile(
    r"^\s*(?:me|my info|my contact|my details|myself|my name is|moi|yo|ich|eu)\s*"
    r"(?:[-–—=:|]|\s-|\s+(?=\S+\s+\S+.*@))\s*",
    re.IGNORECASE,
)


INTERVIEW_WORD_RE = regex_cache.compile(
    r"^(?:interview|intvw|entrevista|entretien|entrevue|vorstellungsgespräch|wawancara|sollicitatie(?:gesprek)?|intervju)"
    r"\s*[-:]?\s*",
    re.I,
)


# Lower-case words after a first name that are no surname: "w/ gurpreet today", "and kwame both"
LOWER_NOT_A_NAME = frozenset(
    "today tomorrow yesterday tonight both too later first after before again here there who which that "
    "from about asked said talked period comma customer client support service tickets".split()
)
LOWER_NOT_NAMES = frozenset({"my info", "contact", "email", "phone", "cell", "me", "my contact"})


BLANK_FIELD_RE = regex_cache.compile(
    r"^(?:n/?a|none(?: given| yet| mentioned| discussed)?|tbd|\?+|-+|unknown|not (?:discussed|mentioned|given)|"
    r"no idea|nothing(?: yet| concrete)?)\.?$",
    re.IGNORECASE,
)


ORG_WORDS = frozenset(
    "museum hospital school university college bank library clinic center centre regional medical county city "
    "police constabulary distillery brewery winery vineyard quinta bodega museo musée museu cosmetics "
    "bistrot bistro brasserie trattoria osteria "
    "institute foundation academy district council church health gallery co-operative cooperative co-op "
    "association trust society authority federation ministry commission "
    # "St. Amand Parish Government"; not "parish": a surname too
    "government township municipality borough "
    # Dutch, Portuguese and French: "Kindcentrum De Linde", "Gemeente Waterland-Zuid", "Escola Bilíngue Pequenos
    # Passos", "AeroSul Manutenção Aeronáutica", "Laboratoires Saint-Laurent"
    "kindcentrum kinderopvang gemeente escola aeronáutica aeronautica aviação laboratoires laboratorios laboratórios "
    "fulfillment fulfilment warehousing hotel atelier stichting "
    # Spanish shop and firm words: "Zapatería La Estrella", "Transportes del Norte Azteca"
    "panadería panaderia zapatería zapateria taquería taqueria ferretería ferreteria farmacia transportes "
    "restaurante "
    # travel and services firms: "Trilha Verde Turismo", "Andes Viagens", "Nexo Consultoria"
    "turismo tourism viagens consultoria tecnologia "
    # public bodies and schools in Italian, German, French, Spanish and Portuguese
    "consorzio comune regione provincia ospedale azienda università istituto fondazione klinikum krankenhaus "
    "stadtwerke bezirksregierung landratsamt lycée collège école hôpital mairie ayuntamiento clínica colegio "
    "universidad universidade prefeitura instytut politechnika uniwersytet hastanesi üniversitesi "
    # "Estúdio Guanabara", "Policlinico Santa Teodora", "Construtora Araucária", "UMC Noorderzon"
    "estúdio estudio policlinico construtora engenharia arquitetura architectes havalimanı umc trials".split()
)


def has_org_word(name: str) -> bool:
    """ "Halcyon Museum of Natural History": an organisation, by any of its words."""
    words = [w.lower().strip(".,") for w in name.split()]
    return len(words) >= 2 and any(w in ORG_WORDS for w in words) and name[:1].isupper()


def has_company_suffix(name: str) -> bool:
    last = name.split()[-1].lower().strip(".,") if name.split() else ""
    # "Verdeira Agrotech", "Paystride Fintech": a company word grown onto the name
    # also "Karoo Steelworks", "Ironworks"
    grown = len(last) > 6 and last.endswith(("tech", "soft", "ware", "labs"))
    grown = grown or (len(last) > 8 and last.endswith("works"))
    return last in COMPANY_SUFFIXES or grown


def is_org(name: str) -> bool:
    return has_company_suffix(name) or has_org_word(name)


@dataclass
class Work:
    """Extraction state shared by the passes below."""

    segments: list[Segment]
    now: datetime
    region: str
    interviewers: list[Interviewer] = field(default_factory=list)
    owners: dict[int, int] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    rests: dict[int, str] = field(default_factory=dict)
    person_fields: set[int] = field(default_factory=set)  # "Title:" under an interviewer's "Name:", not the role
    strong_steps: list[Sourced] = field(default_factory=list)  # next steps labelled or clearly stated as such
    labelled_steps: list[Sourced] = field(default_factory=list)  # next steps under a "Next:" label or heading
    aliases: dict[str, str] = field(default_factory=dict)  # initials the notes use for a person ("MK")
    friends: set[str] = field(default_factory=set)  # folded labels of a friend the candidate chatted with
    own_labels: set[str] = field(default_factory=set)  # folded chat labels the candidate writes under ("Wojtek")
    heading_employer: Sourced | None = None  # the employer read as a name at the head of the job's line
    # lines that introduced someone later taken off the panel: "12:00 lunch with Jae Choi (team member, informal)"
    left: set[int] = field(default_factory=set)
    # words the writer types in lower case somewhere: "40 green M&Ms" makes "Green room …" a common word
    lower_words: frozenset[str] = frozenset()


def company_rows(segments: list[Segment]) -> list[int]:
    """ "Company | Role | Date | Stage" over the rows of a job-hunt tracker: the rows under a table whose first
    column holds companies (each row's first cell is an employer, not a person)."""
    rows: list[int] = []
    line = None
    for i, seg in enumerate(segments):
        cells = [cell.strip().lower() for cell in seg.raw.split("|")]
        if len(cells) < 3:
            line = None
        elif cells[0] in ("company", "employer", "organisation", "organization", "firm", "org"):
            line = seg.line
        elif line is not None and seg.line == line + 1:
            rows.append(i)
            line = seg.line
    return rows


DASH_FIELD = regex_cache.compile(r"^([^\W\d_][\w /]{0,24}?)\s+(?:[—–-]{1,2}>?|->|=>|=)\s+(\S.*)$")


def dash_fields(segments: list[Segment]) -> list[Segment]:
    """ "Interviewer — Ingrid Sørensen, Audit Manager": a known field name before a dash is a label too."""
    out = []
    for seg in segments:
        field = None if seg.label else DASH_FIELD.match(seg.raw)
        if field and any(field.group(1).lower() in labels for labels in LABELS.values()):
            seg = replace(seg, label=field.group(1), text=field.group(2).strip())
        out.append(seg)
    return out


THEIR_SIDE = regex_cache.compile(r"\((?:him|her|them|they|he|she|interviewer)\)\s*$")


def bare_label(label: str) -> str:
    """A label without the aside after it: "Bruna Tavares (People)" -> "Bruna Tavares"."""
    return LABEL_ASIDE.sub("", label)


# An aside in brackets, with the space before it: "Wei Ling Tan (organizer)", "(Becky?)".
ASIDE = regex_cache.compile(r"\s*\([^)]*\)")
LABEL_ASIDE = regex_cache.compile(r"\s*(?:\([^)]*\)|·[^·()]*)\s*$")  # also LinkedIn's "Burak Erdem · 7 Apr"


def label_kind(seg: Segment) -> str | None:
    return _label_kind(seg.label, seg.text) if seg.label else None


@lru_cache(maxsize=4096)
def _label_kind(label: str, text: str) -> str | None:
    # Cached: extraction asks what each line's label is from many angles.
    label = label.lower().strip()
    if re.match(r"q\d*\s*\(", label):  # "Q (Grace Liu):", "Q5 (Sarah):"
        return "question"
    if THEIR_SIDE.search(label):
        return "question"  # "A (him): round robin from inbound": the interviewer's answer to the candidate's question
    label = bare_label(label)
    label = re.sub(r"(?<=[a-zà-ÿ])\s+\d$", "", label)  # "entrevistaron 2:", "panel 3:"
    if label in ("me", "you"):
        # "Me: Lena Hart, lena@x.com" is a contact block; "Me: I led ..." is an answer.
        contact = find_emails(text) or find_phones(text) or len(text.split()) <= 3
        return "candidate" if contact else "answer"
    # "Co. name:", "Company name:": the field's name with its dots and a trailing "name" dropped.
    for form in dict.fromkeys((label, label.replace(".", ""), re.sub(r"\s+name$", "", label.replace(".", "")))):
        for kind, labels in LABELS.items():
            if form in labels:
                return kind
    return None


def strip_contacts(text: str) -> str:
    for found in find_emails(text) + find_phones(text):
        text = text.replace(found.value, " ")
    return re.sub(r"\s{2,}", " ", text).strip(" ,;|/-")


def lead_stripped(text: str) -> str:
    return LEAD_VERBS_RE.sub("", text, count=1)


def tidy_title(title: str) -> str:
    words = expand_shorthand(title.strip()).split()
    if len(words) > 1 and words[0].lower() in ("our", "their"):
        words = words[1:]  # "our Executive Director"
    if words and len(words[-1]) > 5 and words[-1].endswith(".") and words[-1][-2:-1].isalpha():
        words[-1] = words[-1][:-1]  # "the contracts manager." ends a sentence, not an abbreviation
    return " ".join(words)


# Day and month words ("thurs", "nov") say when, never who or where.
WEEKDAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


FIRM_FOR_THE_JOB = regex_cache.compile(
    r"\b(?i:interview|call|chat)\w*\s+(?i:with|w/)\s+([A-Z][\w&'’.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’.-]*){0,4})"
    r"\s+(?i:for\s+(?:the|a|an)\s+[^.,;\n()]{2,50}?\s(?:position|role|job|opening|vacancy|post))\b"
)
# Last words of a firm's name that are no company suffix elsewhere ("Paystride - …, Merchant Payments" is a team)
FIRM_LAST_WORDS = frozenset("payments pay finance fintech".split())


def firm_for_the_job(raw: str) -> str | None:
    """ "interview with Trilha Verde Turismo for the digital marketing analyst position", "… with Corrib Payments
    for the HR Generalist job": the firm a call was with, for a job; not "… with Sarah Chen for the PM role"."""
    said = FIRM_FOR_THE_JOB.search(raw)
    if said and (is_org(said.group(1)) or said.group(1).split()[-1].lower() in FIRM_LAST_WORDS):
        return said.group(1)
    return None
