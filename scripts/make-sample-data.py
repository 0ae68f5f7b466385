#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generate synthetic sample data for sociometer (stdlib only, deterministic).

Modes
  make-sample-data.py [--out DIR] [--ascii]
      Write the sample set to DIR (default: data/sample next to this repo):
        x-archive/                 extracted X/Twitter account archive of @unity_relief
        twarc/campaign-search.jsonl  twarc2 search capture (one API page per line)
        twarc/stream.jsonl           twarc2 filtered-stream capture (one tweet per line)
        twarc/flattened.jsonl        `twarc2 flatten` output (one tweet per line)
        README.md                    what is in each file, with counts
  make-sample-data.py --bench N OUT.jsonl [--part K/P] [--authors A] [--ascii]
      Stream a large twarc2 search capture of N tweets (pages of 100) to OUT.jsonl.
      --part K/P writes only part K (1..P) of it: the K-th slice of its time span, with
      N/P tweets, the same accounts and tweet IDs that cannot collide with another part's;
      P processes write a large capture on P cores (docs/scale.md, 10M posts).
  make-sample-data.py --check [PATH ...]
      Re-read and validate generated data. A directory is checked as a sample set,
      a file as twarc2 JSONL. Default PATH: the sample directory.

--ascii writes the twarc JSONL with json.dumps' default ensure_ascii=True, which is
what twarc2 itself does (non-ASCII becomes \\uXXXX, astral characters become
surrogate pairs). The default keeps UTF-8 text readable.

All names, organisations, IDs and texts are invented. Offsets are
Unicode code points over the HTML-escaped text, as X's own archives count them.
"""

import calendar
import json
import math
import os
import random
import re
import sys
import time
import unicodedata
import urllib.parse
from collections import Counter, OrderedDict, deque

TWEPOCH = 1288834974657
SEED = 2024
TWARC_VERSION = "2.14.1"

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
ZWJ = "\u200d"
NO_CUT_AFTER = {ZWJ}
NO_CUT_BEFORE = {ZWJ, "\ufe0f"} | {chr(c) for c in range(0x1F3FB, 0x1F400)}


# --------------------------------------------------------------------------- time

def ms_of(y, mo, d, h=0, mi=0, s=0, ms=0):
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0)) * 1000 + ms


def fmt_archive(ms):
    t = time.gmtime(ms // 1000)
    return "%s %s %02d %02d:%02d:%02d +0000 %d" % (
        DAYS[t.tm_wday], MONS[t.tm_mon - 1], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_year)


def fmt_iso_ms(ms):
    t = time.gmtime(ms // 1000)
    return "%04d-%02d-%02dT%02d:%02d:%02d.000Z" % t[:6]


def fmt_iso_off(ms):
    t = time.gmtime(ms // 1000)
    return "%04d-%02d-%02dT%02d:%02d:%02d+00:00" % t[:6]


def month_key(ms):
    t = time.gmtime(ms // 1000)
    return "%04d-%02d" % (t.tm_year, t.tm_mon)


HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 3, 5, 8, 9, 10, 10, 9, 9, 10, 10, 9, 8, 7, 6, 4, 3, 2, 1]


def rand_time(rng, start_ms, end_ms):
    """Random instant in [start, end) with a day-time bias (UTC)."""
    day0 = start_ms // 86400000
    day1 = (end_ms - 1) // 86400000
    for _ in range(100):
        day = rng.randint(day0, day1)
        hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
        ms = day * 86400000 + hour * 3600000 + rng.randrange(3600000)
        if start_ms <= ms < end_ms:
            return ms
    return rng.randrange(start_ms, end_ms)


def growth(final, created_ms, at_ms):
    """Metric value observed at at_ms for a tweet that eventually reaches `final`."""
    age_h = max(0.0, (at_ms - created_ms) / 3600000.0)
    return int(final * (1.0 - math.exp(-age_h / 8.0)))


# --------------------------------------------------------------------------- text

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def display_url(expanded):
    d = re.sub(r"^https?://(www\.)?", "", expanded)
    return d if len(d) <= 28 else d[:27] + "\u2026"


def tco(rng):
    return "https://t.co/" + "".join(rng.choices(ALNUM, k=10))


class TB:
    """Text builder: appends HTML-escaped text and records entity offsets in code points."""
    __slots__ = ("parts", "n", "ents")

    def __init__(self):
        self.parts = []
        self.n = 0
        self.ents = []

    def raw(self, s):
        e = esc(s)
        self.parts.append(e)
        self.n += len(e)

    def tag(self, t):
        s = self.n
        self.raw("#" + t)
        self.ents.append(("h", s, self.n, t))

    def men(self, user):
        s = self.n
        self.raw("@" + user.username)
        self.ents.append(("m", s, self.n, user))

    def url(self, short, expanded):
        s = self.n
        self.raw(short)
        self.ents.append(("u", s, self.n, short, expanded, display_url(expanded)))

    def text(self):
        return "".join(self.parts)


TOKEN_RE = re.compile(r"\{(#|@|url)([^}]*)\}")


def parse_template(t):
    toks = []
    pos = 0
    for m in TOKEN_RE.finditer(t):
        if m.start() > pos:
            toks.append(("txt", t[pos:m.start()]))
        kind, val = m.group(1), m.group(2)
        if kind == "url":
            toks.append(("url", val.lstrip(":")))
        else:
            toks.append((kind, val))
        pos = m.end()
    if pos < len(t):
        toks.append(("txt", t[pos:]))
    return toks


# --------------------------------------------------------------------------- content

CAMPAIGN_TAGS = ["WaterIsLife", "CleanWaterNow", "EauPourTous", "AguaParaTodos",
                 "الماء_حياة", "清洁水", "ВодаДляВсех"]


def fold(tag):
    return unicodedata.normalize("NFKC", tag).casefold()


CAMPAIGN_FOLDED = {fold(t) for t in CAMPAIGN_TAGS}

URLS = OrderedDict([
    ("water", "https://unity-relief.example.org/water?utm_source=x"),
    ("donate", "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife"),
    ("jobs", "https://unity-relief.example.org/jobs/field-engineer-2024"),
    ("report", "https://water4all.example.net/reports/state-of-wells-2024"),
    ("march", "https://climate-coalition.example.com/events/walk-for-water"),
    ("eau", "https://eau-solidaire.example.fr/campagne/eau-pour-tous"),
    ("stories", "https://refugee-voices.example.org/stories/the-long-walk"),
    ("news", "https://news.example.com/2024/03/22/who-pays-for-rural-wells"),
    ("short", "https://example.org/w"),
])
URL_KEYS = list(URLS)

# Templates: {#Tag} hashtag, {@handle} / {@org} / {@sup} / {@any} mention, {url} / {url:key} link.
# Plain text is raw (unescaped): "&", "<", ">" are escaped when the text is built.
ORIGINALS = {
    "en": [
        "O|Every drop counts 💧 Our field teams delivered 12,000 litres of safe water in the north this week. {#WaterIsLife} {url:water}",
        "O|🌍 {#CleanWaterNow}: one in four people still has no safe drinking water at home. Join {@org} and us on Friday. {url}",
        "O|Water & Sanitation workshop today with {@org} and three district councils {#WaterIsLife} {#CleanWaterNow}",
        "O|Our R&D crew is field-testing a low-cost ceramic filter 🚰 {#CleanWaterNow} {url:report}",
        "O|We <3 our volunteers 🙌🏽 {@sup} and {@sup}, thank you for three weekends of pump repairs! {#WaterIsLife}",
        "O|👩‍👩‍👧 {#WaterIsLife} Families at the Kestrel Hill site now walk ten minutes for water instead of two hours.",
        "O|New data: wells > promises. What changed in 2023, district by district: {url:report} {#CleanWaterNow}",
        "O|Thank you to everyone who gave last month 💙 Together you funded 40 rainwater tanks. {url:donate}",
        "O|Hiring: field engineer (water systems), based in Amman or Nairobi. Apply within two weeks: {url:jobs}",
        "O|Tomorrow 14:00 UTC: live Q&A with our hydrologist {@sup} 💧 {#WATERISLIFE}",
        "O|Storm update: shelters in the eastern district are open tonight, hot meals & blankets available.",
        "O|{#ＷａｔｅｒＩｓＬｉｆｅ} — a message from the students of our partner school in Tarsa 🌍",
        "O|What will you do for clean water this month? 🚰 {#WaterIsLife} {#CleanWaterNow} {@org}",
        "O|Pumps fixed: 37. Latrines built: 12. Smiles: countless 🙌🏽 {#CleanWaterNow}",
        "Clean water is not charity, it is a right. {#WaterIsLife} {url:water}",
        "O|Shout-out to {@org} & {@org} for the joint convoy this morning 🚚💧",
        "Cholera cases fell 60% where chlorination points ran daily. Data > anecdotes. {#CleanWaterNow}",
        "O|Volunteers needed this Saturday in Lyon & Marseille, sign up here: {url:eau}",
        "O|Our quarterly finance note is out: 84p of every £1 goes straight to programmes. {url:short}",
        "Solar pumps <-> fewer diesel runs <-> lower costs. Simple maths, big difference 🌍 {#CleanWaterNow}",
        "O|Thanks {@any} for visiting the water point in Batu today 💧",
        "O|Office closed on Monday for the public holiday. Field teams keep working as usual.",
        "O|Quiet week on the timeline, busy week in the field. Photos soon.",
        "O|Board meeting minutes for Q1 are now online for members: {url:short}",
        "O|Thank you {@org} for hosting our team in Nairobi this week 🙏",
        "O|Reminder: taps & toilets in schools keep girls in class. {#WaterIsLife} {#EauPourTous}",
        "P|Just donated to {@unity_relief}, small amount, big hope 💧 {#WaterIsLife}",
        "P|Walked 5 km carrying a jerrycan today to feel what millions do every day. Not easy. {#CleanWaterNow} {url:march}",
        "P|Still thinking about that report from {@water4all_ngo} {#WaterIsLife} {url:report}",
        "P|🌍 Ran the charity 10k for {#CleanWaterNow}! Thanks {@climate_coalition} for organising",
        "P|New piece: how NGOs are paying for rural wells in 2024, with voices from {@unity_relief} & {@water4all_ngo} {url:news} {#WaterIsLife}",
        "P|At the regional water forum today. Donor pledges vs. delivery is the story nobody wants to write. {#CleanWaterNow}",
        "P|My students built a rain gauge from a bottle today 💧 {#WaterIsLife}",
        "P|Coffee & a long report on groundwater. Perfect Sunday.",
        "P|Three hours in the rain at the food bank today. Worth it.",
        "P|Anyone else following the river level data this week? Wild numbers.",
        "P|Reading list for the weekend: two books on drought & one on cities 📚",
        "P|Finally finished the first-aid course 🙌🏽",
        "P|Train delayed again. Time to answer emails about the school fundraiser.",
        "P|Great panel tonight, thanks to everyone who came <3",
        "P|My grandmother still talks about the year the well ran dry.",
        "P|Our street raised £412 for new taps at the village school 💧 {#CleanWaterNow}",
        "P|Ten litres. That is what I used just for breakfast today. {#WaterIsLife}",
    ],
    "fr": [
        "Chaque goutte compte 💧 Merci à nos bénévoles de Lyon ! {#EauPourTous} {url:eau}",
        "O|Eau & assainissement : atelier ouvert samedi avec {@eau_solidaire} {#EauPourTous} {#WaterIsLife}",
        "🌍 Marche pour l’eau : rendez-vous dimanche place du Marché à 15 h {#EauPourTous}",
        "O|Notre équipe R&D teste des filtres à bas coût 🚰 {#EauPourTous} {url:report}",
        "O|Les familles du camp ont enfin un point d’eau potable à moins de 200 m 👩‍👩‍👧 {#EauPourTous}",
        "P|Merci {@unity_relief} pour le convoi de ce matin ! 🙌🏽 {#EauPourTous}",
        "L’accès à l’eau n’est pas un luxe. C’est un droit. {#EauPourTous} {#WaterIsLife}",
        "O|Collecte de fonds : objectif atteint à 80 %, encore un effort ! {url:donate}",
        "O|Assemblée générale le 12 avril à Lyon, ouverte à tous les membres.",
        "Merci à la mairie pour le prêt de la salle 🙏",
    ],
    "es": [
        "Cada gota cuenta 💧 {#AguaParaTodos} {url:water}",
        "O|🌍 Hoy instalamos tres bombas solares en la sierra con {@org} {#AguaParaTodos}",
        "O|Agua & saneamiento: taller abierto el jueves {#AguaParaTodos} {#WaterIsLife}",
        "¿Sabías que 2.200 millones de personas no tienen agua potable segura? {#AguaParaTodos}",
        "Gracias a {@sup} por las fotos del pozo nuevo 🙌🏽 {#AguaParaTodos}",
        "El agua limpia cambia la vida de una comunidad entera {#AguaParaTodos} {url:stories}",
        "O|Abrimos convocatoria de voluntariado para el verano: {url:jobs}",
        "Gracias a todas las personas que vinieron ayer 🙌🏽",
    ],
    "ar": [
        "كل قطرة مهمة 💧 {#الماء_حياة} {url:water}",
        "O|🌍 وزعنا اليوم خمسة آلاف لتر من المياه النظيفة في المخيم {#الماء_حياة} {@refugee_voices}",
        "شكراً لكل المتطوعين 🙌🏽 {#الماء_حياة} {#WaterIsLife}",
        "المياه والصرف الصحي حق للجميع {#الماء_حياة}",
        "قصة أم سلمى: ساعتان كل يوم للوصول إلى الماء. اقرأوا القصة كاملة {url:stories}",
        "O|نبحث عن متطوعين للعمل الميداني في الصيف {url:jobs}",
    ],
    "zh": [
        "每一滴水都很重要 💧 {#清洁水} {url:water}",
        "O|🌍 今天我们和 {@org} 一起修好了两口井 {#清洁水} {#WaterIsLife}",
        "清洁水是基本人权。{#清洁水}",
        "感谢所有志愿者 🙌🏽 {#清洁水}",
        "O|本周六志愿者培训，欢迎参加！{url:jobs}",
    ],
    "ru": [
        "Каждая капля важна 💧 {#ВодаДляВсех} {url:water}",
        "O|🌍 Сегодня вместе с {@org} установили фильтры в сельской школе {#ВодаДляВсех}",
        "Вода & санитария: право каждого {#ВодаДляВсех} {#WaterIsLife}",
        "Спасибо волонтёрам 🙌🏽 {#ВодаДляВсех}",
        "O|Ищем волонтёров на лето: {url:jobs}",
    ],
    "und": [
        "💧💧💧 {#WaterIsLife} {#AguaParaTodos} {#EauPourTous}",
        "🚰 🙌🏽 {#CleanWaterNow}",
        "{@org} {@sup} 👏👏",
        "👩‍👩‍👧 💧 {url:short}",
    ],
}

REPLY_BODIES = {
    "en": [
        "Thank you so much! 💧",
        "Absolutely agree, our numbers say the same: {url:report}",
        "We'll DM you the details 🙌🏽",
        "Great work & thanks for the shout-out!",
        "Count us in for Saturday {#WaterIsLife}",
        "Could you share the source for that figure?",
        "Yes! The team <3 this idea.",
        "Welcome aboard 🌍",
        "Proud to support this 💧 {#CleanWaterNow}",
        "Sharing this with my class today {#WaterIsLife}",
        "Where can I volunteer? 🙌🏽 {#WaterIsLife}",
    ],
    "fr": ["Merci beaucoup ! 💧", "Avec plaisir, à samedi {#EauPourTous}", "Bravo à toute l’équipe 🙌🏽",
           "On sera là ! 💧 {#EauPourTous}"],
    "es": ["¡Gracias! 💧", "Nos vemos el jueves {#AguaParaTodos}", "¡Qué buena noticia! 🌍"],
    "ar": ["شكراً جزيلاً 💧", "نتفق تماماً {#الماء_حياة}"],
    "zh": ["非常感谢！💧", "太好了 🙌🏽 {#清洁水}"],
    "ru": ["Большое спасибо! 💧", "Отличная новость 🌍 {#ВодаДляВсех}"],
}

THREADS = [
    ["A short thread on how one borehole changes a village 🧵 {#WaterIsLife}",
     "2/ The borehole is 80 m deep and runs on a solar pump ☀️ No fuel, no generator noise.",
     "3/ A village committee trained by {@water4all_ngo} handles repairs & the small user fee.",
     "4/ Cost per person per year: under $2. Full breakdown: {url:report} {#CleanWaterNow}"],
    ["Why we are changing how we report impact 🧵",
     "2/ Litres delivered tells you little. Days without walking for water tells you more.",
     "3/ From April every update will include both. Feedback welcome {#WaterIsLife}"],
    ["Fil : ce que nous avons appris cette année 🧵 {#EauPourTous}",
     "2/ Les comités d’eau gérés par des femmes durent plus longtemps.",
     "3/ La maintenance coûte moins cher que la reconstruction. Rapport : {url:eau}"],
    ["Field diary, day 1: arrived in the valley after 9 hours on the road 🚙",
     "Day 2: the old pump is beyond repair, new one arrives Thursday {#CleanWaterNow}"],
    ["Hilo: cómo elegimos dónde perforar 🧵 {#AguaParaTodos}",
     "2/ Primero escuchamos a la comunidad, después miramos los mapas.",
     "3/ Gracias a {@climate_coalition} por los datos de lluvia 🌍"],
]

QUOTE_COMMENTS = {
    "en": ["This 👇 {#WaterIsLife}", "Important read from our partners.", "Great thread, worth your time.",
           "😍 {#CleanWaterNow}", "Exactly why we do this work & why we need you.", "Numbers that matter 💧"],
    "fr": ["Exactement ce que nous disons depuis des mois {#EauPourTous}", "À lire 👇"],
    "es": ["Muy importante 👇 {#AguaParaTodos}"],
    "ar": ["مهم جداً 👇 {#الماء_حياة}"],
    "zh": ["值得一读 👇 {#清洁水}"],
    "ru": ["Важно 👇 {#ВодаДляВсех}"],
}

SOURCES = [
    ("https://mobile.twitter.com", "Twitter Web App", 10),
    ("http://twitter.com/download/iphone", "Twitter for iPhone", 6),
    ("http://twitter.com/download/android", "Twitter for Android", 3),
    ("https://tweetdeck.twitter.com", "TweetDeck Web App", 4),
    ("https://buffer.com", "Buffer", 3),
]


def parse_bank(bank):
    return {lang: [parse_template(t) for t in ts] for lang, ts in bank.items()}


def is_campaign(toks):
    return any(k == "#" and fold(v) in CAMPAIGN_FOLDED for k, v in toks)


def parse_originals(bank):
    """lang -> voice ('org' | 'person') -> (campaign templates, other templates)."""
    out = {}
    for lang, ts in bank.items():
        out[lang] = {}
        for voice in ("org", "person"):
            camp, other = [], []
            for t in ts:
                v = {"O|": "org", "P|": "person"}.get(t[:2])
                if v is not None:
                    t = t[2:]
                if v in (None, voice):
                    toks = parse_template(t)
                    (camp if is_campaign(toks) else other).append(toks)
            out[lang][voice] = (camp, other)
    return out


P_ORIG = parse_originals(ORIGINALS)
P_REPLY = parse_bank(REPLY_BODIES)
P_QUOTE = parse_bank(QUOTE_COMMENTS)
P_THREADS = [[parse_template(t) for t in th] for th in THREADS]


# --------------------------------------------------------------------------- model

class User:
    __slots__ = ("id", "username", "name", "created_ms", "description", "location", "url",
                 "verified", "verified_type", "followers", "following", "tweet_count", "listed",
                 "kind", "langs", "scale", "_v2")

    def __init__(self, id_, username, name, created_ms, kind, langs, scale, description="",
                 location="", url="", followers=100, following=100, tweet_count=500, listed=1,
                 verified=False, verified_type="none"):
        self.id = str(id_)
        self.username = username
        self.name = name
        self.created_ms = created_ms
        self.kind = kind
        self.langs = langs
        self.scale = scale
        self.description = description
        self.location = location
        self.url = url
        self.followers = followers
        self.following = following
        self.tweet_count = tweet_count
        self.listed = listed
        self.verified = verified
        self.verified_type = verified_type
        self._v2 = None

    def v2(self):
        if self._v2 is None:
            self._v2 = {
                "id": self.id, "username": self.username, "name": self.name,
                "created_at": fmt_iso_ms(self.created_ms), "description": self.description,
                "location": self.location, "url": self.url, "protected": False,
                "verified": self.verified, "verified_type": self.verified_type,
                "profile_image_url": "https://pbs.twimg.com/profile_images/%d/av_%s_normal.jpg"
                                     % (int(self.id) % 10**17 + 10**17, self.id[-4:]),
                "public_metrics": {"followers_count": self.followers, "following_count": self.following,
                                   "tweet_count": self.tweet_count, "listed_count": self.listed},
            }
        return self._v2


class Tw:
    __slots__ = ("id", "author", "ms", "kind", "text", "ents", "lang", "source", "refs",
                 "reply_user", "reply_status", "conv", "display_start", "F", "ext", "media",
                 "screen_name_mode", "edits_str", "deleted", "obs", "rt_by")

    def __init__(self, id_, author, ms, kind, text, ents, lang):
        self.id = id_
        self.author = author
        self.ms = ms
        self.kind = kind          # original | reply | mention | retweet | quote
        self.text = text
        self.ents = ents
        self.lang = lang
        self.source = None
        self.refs = []            # [(type, Tw)]
        self.reply_user = None    # User replied to (also for mention-openers)
        self.reply_status = None  # Tw replied to
        self.conv = id_
        self.display_start = 0
        self.F = None             # final metrics dict
        self.ext = False          # bookmark/impression present in v2
        self.media = None
        self.screen_name_mode = "normal"  # normal | missing | stale:<name>
        self.edits_str = False
        self.deleted = False
        self.obs = Counter()      # observed retweets/replies/quotes in the world
        self.rt_by = set()        # ids of accounts that retweeted this tweet


def snowflake_at(ms, rng):
    return ((ms - TWEPOCH) << 22) | (rng.randrange(1024) << 12) | rng.randrange(8)


class IdGen:
    def __init__(self, rng):
        self.rng = rng
        self.seen = set()
        self.part = None  # with --part: the low 3 bits of every ID, so parts never collide

    def new(self, ms):
        while True:
            i = snowflake_at(ms, self.rng)
            if self.part is not None:
                i = (i & ~7) | self.part
            if i not in self.seen:
                self.seen.add(i)
                return str(i)


def rt_text(orig):
    """Archive/v2 retweet text: 'RT @h: ' + original, cut to 140 code points with an ellipsis."""
    h = orig.author.username
    prefix = "RT @" + h + ": "
    full = prefix + orig.text
    off = len(prefix)
    ents = [("m", 3, 3 + len(h) + 1, orig.author)]
    shifted = []
    for e in orig.ents:
        shifted.append((e[0], e[1] + off, e[2] + off) + tuple(e[3:]))
    limit = 140
    if len(full) <= limit:
        return full, ents + shifted
    cut = limit - 1
    changed = True
    while changed:
        changed = False
        for e in shifted:
            if e[1] < cut < e[2]:
                cut = e[1]
                changed = True
        amp = full.rfind("&", 0, cut)
        if amp != -1 and full.find(";", amp) >= cut:
            cut = amp
            changed = True
        while cut > off and (full[cut - 1] in NO_CUT_AFTER or full[cut] in NO_CUT_BEFORE):
            cut -= 1
            changed = True
    text = full[:cut].rstrip(" ") + "\u2026"
    kept = [e for e in shifted if e[2] <= len(text) - 1]
    return text, ents + kept


def quote_url(orig, host="twitter.com"):
    return "https://%s/%s/status/%s" % (host, orig.author.username, orig.id)


# --------------------------------------------------------------------------- rendering

def archive_entities(ents):
    hashtags, mentions, urls, media = [], [], [], []
    for e in ents:
        if e[0] == "h":
            hashtags.append(OrderedDict([("text", e[3]), ("indices", [str(e[1]), str(e[2])])]))
        elif e[0] == "m":
            u = e[3]
            mentions.append(OrderedDict([("name", u.name), ("screen_name", u.username),
                                         ("indices", [str(e[1]), str(e[2])]),
                                         ("id_str", u.id), ("id", u.id)]))
        elif e[0] == "u":
            urls.append(OrderedDict([("url", e[3]), ("expanded_url", e[4]), ("display_url", e[5]),
                                     ("indices", [str(e[1]), str(e[2])])]))
    return OrderedDict([("hashtags", hashtags), ("symbols", []), ("user_mentions", mentions),
                        ("urls", urls)])


def archive_tweet(t, at_ms):
    ms = t.ms
    sec_ms = ms - ms % 1000
    ents = archive_entities(t.ents)
    if t.media:
        m = t.media
        ents["media"] = [m]
    d = OrderedDict()
    d["edit_info"] = {"initial": OrderedDict([
        ("editTweetIds", [t.id]), ("editableUntil", fmt_iso_ms(sec_ms + 3600000)),
        ("editsRemaining", "5"), ("isEditEligible", t.kind != "retweet")])}
    d["retweeted"] = False
    url, name = t.source
    d["source"] = '<a href="%s" rel="nofollow">%s</a>' % (url, name)
    d["entities"] = ents
    d["display_text_range"] = [str(t.display_start), str(0 if t.media else len(t.text))]
    if t.kind == "retweet":
        fav = rts = 0
    else:
        fav = growth(t.F["like"], ms, at_ms)
        rts = growth(t.F["rt"], ms, at_ms)
    d["favorite_count"] = str(fav)
    if t.reply_status is not None:
        d["in_reply_to_status_id_str"] = t.reply_status.id
    d["id_str"] = t.id
    if t.reply_user is not None:
        d["in_reply_to_user_id"] = t.reply_user.id
    d["truncated"] = False
    d["retweet_count"] = str(rts)
    d["id"] = t.id
    if t.reply_status is not None:
        d["in_reply_to_status_id"] = t.reply_status.id
    if any(e[0] == "u" for e in t.ents) or t.media:
        d["possibly_sensitive"] = False
    d["created_at"] = fmt_archive(ms)
    d["favorited"] = False
    d["full_text"] = t.text
    d["lang"] = t.lang
    if t.reply_user is not None:
        if t.screen_name_mode == "normal":
            d["in_reply_to_screen_name"] = t.reply_user.username
        elif t.screen_name_mode.startswith("stale:"):
            d["in_reply_to_screen_name"] = t.screen_name_mode[6:]
        d["in_reply_to_user_id_str"] = t.reply_user.id
    if t.media:
        d["extended_entities"] = {"media": [t.media]}
    return {"tweet": d}


def v2_entities(ents):
    out = OrderedDict()
    for e in ents:
        if e[0] == "h":
            out.setdefault("hashtags", []).append({"start": e[1], "end": e[2], "tag": e[3]})
        elif e[0] == "m":
            out.setdefault("mentions", []).append(
                {"start": e[1], "end": e[2], "username": e[3].username, "id": e[3].id})
        elif e[0] == "u":
            out.setdefault("urls", []).append({"start": e[1], "end": e[2], "url": e[3],
                                               "expanded_url": e[4], "display_url": e[5]})
    return out


def v2_metrics(t, at_ms):
    if t.kind == "retweet":
        orig = t.refs[0][1]
        pm = {"retweet_count": growth(orig.F["rt"], orig.ms, at_ms) if orig.F else 0,
              "reply_count": 0, "like_count": 0, "quote_count": 0}
        if t.ext:
            pm["bookmark_count"] = 0
            pm["impression_count"] = 0
        return pm
    F = t.F
    pm = {"retweet_count": growth(F["rt"], t.ms, at_ms), "reply_count": growth(F["reply"], t.ms, at_ms),
          "like_count": growth(F["like"], t.ms, at_ms), "quote_count": growth(F["quote"], t.ms, at_ms)}
    if t.ext:
        pm["bookmark_count"] = growth(F["bookmark"], t.ms, at_ms)
        pm["impression_count"] = growth(F["impression"], t.ms, at_ms)
    return pm


def v2_tweet(t, at_ms):
    sec_ms = t.ms - t.ms % 1000
    d = OrderedDict()
    d["id"] = t.id
    d["text"] = t.text
    d["created_at"] = fmt_iso_ms(t.ms)
    d["author_id"] = t.author.id
    d["conversation_id"] = t.conv
    if t.reply_user is not None:
        d["in_reply_to_user_id"] = t.reply_user.id
    if t.refs:
        d["referenced_tweets"] = [{"type": ty, "id": r.id} for ty, r in t.refs]
    d["lang"] = t.lang
    d["possibly_sensitive"] = False
    d["reply_settings"] = "everyone"
    d["edit_history_tweet_ids"] = [t.id]
    d["edit_controls"] = {"edits_remaining": "5" if t.edits_str else 5,
                          "is_edit_eligible": t.kind != "retweet",
                          "editable_until": fmt_iso_ms(sec_ms + 3600000)}
    d["public_metrics"] = v2_metrics(t, at_ms)
    ents = v2_entities(t.ents)
    if ents:
        d["entities"] = ents
    return d


def not_found_tweet(tid):
    return OrderedDict([
        ("value", tid), ("detail", "Could not find tweet with referenced_tweets.id: [%s]." % tid),
        ("title", "Not Found Error"), ("resource_type", "tweet"), ("parameter", "referenced_tweets.id"),
        ("resource_id", tid), ("type", "https://api.twitter.com/2/problems/resource-not-found")])


def not_found_user(param, value):
    what = "username" if param == "entities.mentions.username" else param
    return OrderedDict([
        ("value", value), ("detail", "Could not find user with %s: [%s]." % (what, value)),
        ("title", "Not Found Error"), ("resource_type", "user"), ("parameter", param),
        ("resource_id", value), ("type", "https://api.twitter.com/2/problems/resource-not-found")])


def build_includes(tweets, at_ms, available):
    """Return (includes, errors) for a list of data tweets, as the v2 expansions would."""
    users = OrderedDict()
    inc_tweets = OrderedDict()
    errors = []
    err_keys = set()

    def add_user(u, param, by_name=False):
        if available(u):
            users.setdefault(u.id, u)
        else:
            key = (param, u.username if by_name else u.id)
            if key not in err_keys:
                err_keys.add(key)
                errors.append(not_found_user(param, key[1]))

    for t in tweets:
        add_user(t.author, "author_id")
    for t in tweets:
        for ty, r in t.refs:
            if available(r):
                inc_tweets.setdefault(r.id, r)
            elif ("tweet", r.id) not in err_keys:
                err_keys.add(("tweet", r.id))
                errors.append(not_found_tweet(r.id))
        if t.reply_user is not None:
            add_user(t.reply_user, "in_reply_to_user_id")
        for e in t.ents:
            if e[0] == "m":
                add_user(e[3], "entities.mentions.username", by_name=True)
    for r in inc_tweets.values():
        add_user(r.author, "referenced_tweets.id.author_id")
    includes = OrderedDict()
    includes["users"] = [u.v2() for u in users.values()]
    if inc_tweets:
        includes["tweets"] = [v2_tweet(r, at_ms) for r in inc_tweets.values()]
    return includes, errors


def is_available(x):
    if isinstance(x, User):
        return x.kind != "ghost"
    return not x.deleted


# --------------------------------------------------------------------------- twarc flatten

def flatten_page(page):
    """Re-implementation of twarc.expansions.flatten (twarc 2.14): one dict per tweet."""
    page = json.loads(json.dumps(page))
    inc = page.get("includes", {})
    users = {}
    for u in inc.get("users", []):
        users[u["id"]] = u
    for u in inc.get("users", []):
        users[u["username"]] = u
    inc_tweets = {t["id"]: t for t in inc.get("tweets", [])}

    def expand(p):
        if isinstance(p, (str, bool, int, float)) or p is None:
            return p
        if isinstance(p, list):
            return [expand(x) for x in p]
        for k in list(p.keys()):
            p[k] = expand(p[k])
        if "author_id" in p:
            p["author"] = users.get(p["author_id"], {})
        if "in_reply_to_user_id" in p:
            p["in_reply_to_user"] = users.get(p["in_reply_to_user_id"], {})
        if "mentions" in p:
            p["mentions"] = [dict(m, **users.get(m["username"], {})) for m in p["mentions"]]
        if "referenced_tweets" in p:
            p["referenced_tweets"] = [dict(r, **inc_tweets.get(r["id"], {})) for r in p["referenced_tweets"]]
        return p

    for tid in list(inc_tweets):
        inc_tweets[tid] = expand(inc_tweets[tid])
    data = page["data"]
    tweets = expand(data) if isinstance(data, list) else [expand(data)]
    for t in tweets:
        if "__twarc" in page:
            t["__twarc"] = page["__twarc"]
        if "matching_rules" in page:
            t["matching_rules"] = page["matching_rules"]
    return tweets


# --------------------------------------------------------------------------- archive JSON style

def jarch(v, style, ind=0):
    """Jackson-like pretty printer used by X archives: ' : ' separators, 2-space indent.
    style 'old': arrays inline ("[ {" ... "}, {" ... "} ]"), style 'new': one element per line."""
    sp = "  "
    if isinstance(v, dict):
        if not v:
            return "{ }"
        items = ["%s%s : %s" % (sp * (ind + 1), json.dumps(k, ensure_ascii=False), jarch(x, style, ind + 1))
                 for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + sp * ind + "}"
    if isinstance(v, list):
        if not v:
            return "[ ]"
        if style == "old":
            return "[ " + ", ".join(jarch(x, style, ind) for x in v) + " ]"
        return "[\n" + ",\n".join(sp * (ind + 1) + jarch(x, style, ind + 1) for x in v) + "\n" + sp * ind + "]"
    return json.dumps(v, ensure_ascii=False)


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def dumps_line(obj, ascii_):
    return json.dumps(obj, ensure_ascii=ascii_)


# --------------------------------------------------------------------------- the sample world

def make_users(rng):
    U = OrderedDict()

    def add(u):
        U[u.username] = u
        return u

    def uid(y, mo, d):
        return snowflake_at(ms_of(y, mo, d, 10, 0, 0), rng)

    add(User(uid(2019, 3, 12), "unity_relief", "Unity Relief 🌍", ms_of(2019, 3, 12, 9, 30), "org", ["en"], 14,
             "Humanitarian relief & clean water programmes. Field teams in 9 countries. 🚰",
             "Geneva · Amman · Nairobi", "https://unity-relief.example.org", 18400, 612, 7310, 214))
    add(User(uid(2015, 1, 20), "climate_coalition", "Climate Coalition", ms_of(2015, 1, 20, 11), "org",
             ["en"], 22, "A coalition of 140 groups working on climate & water justice.", "London",
             "https://climate-coalition.example.com", 52100, 1830, 20400, 871, True, "blue"))
    add(User(uid(2017, 6, 2), "water4all_ngo", "Water4All 🚰", ms_of(2017, 6, 2, 8), "org", ["en", "es"], 12,
             "Wells, pumps and the people who keep them running.", "Nairobi", "https://water4all.example.net",
             9800, 740, 5120, 133))
    add(User(uid(2018, 10, 9), "refugee_voices", "Refugee Voices | أصوات اللاجئين", ms_of(2018, 10, 9, 15),
             "org", ["en", "ar"], 10, "Stories told by the people who live them. قصص يرويها أصحابها.",
             "Beirut", "https://refugee-voices.example.org", 7600, 980, 3900, 95))
    add(User(uid(2020, 2, 26), "eau_solidaire", "Eau Solidaire 💧", ms_of(2020, 2, 26, 10), "org", ["fr"], 8,
             "Association pour l’accès à l’eau potable. #EauPourTous", "Lyon, France",
             "https://eau-solidaire.example.fr", 4300, 512, 2210, 41))
    add(User(48213975, "press_desk", "Mara Lindqvist · Press Desk", ms_of(2009, 6, 14, 17), "journalist",
             ["en"], 9, "Development & aid reporter. Tips: DM. Views mine.", "Stockholm",
             "https://news.example.com/authors/mlindqvist", 23800, 1410, 41200, 530, True, "blue"))
    supporters = [
        ("amina_haddad", "أمينة حداد", ["ar", "en"], 2016), ("li_wei_water", "李伟", ["zh"], 2021),
        ("olga_vor", "Ольга Воронова", ["ru"], 2019), ("sofia_agua", "Sofía Martínez 💧", ["es"], 2020),
        ("jb_morel", "Jean-Baptiste Morel", ["fr"], 2018), ("priya_k", "प्रिया कुमार", ["en"], 2022),
        ("kenji_t", "田中健二", ["en", "und"], 2014), ("noa_levi", "נועה לוי", ["en"], 2021),
        ("dimitris_pap", "Δημήτρης Παππάς", ["en"], 2019), ("yusuf_ok", "Yusuf Okonkwo", ["en"], 2023),
        ("mei_chen88", "陈美玲", ["zh", "en"], 2020), ("carlos_rv", "Carlos Ruiz-Vega", ["es", "en"], 2017),
        ("fatou_d", "Fatou Diallo", ["fr"], 2022), ("ivan_petrov_", "Иван Петров", ["ru", "en"], 2016),
        ("hana_kim", "김하나", ["en"], 2023), ("layla_mansour", "ليلى منصور", ["ar"], 2019),
    ]
    for i, (h, n, langs, y) in enumerate(supporters):
        created = ms_of(y, 1 + (i * 5) % 12, 1 + (i * 7) % 27, 12)
        add(User(snowflake_at(created, rng), h, n, created, "supporter", langs, 2,
                 rng.choice(["", "Water engineer.", "Volunteer 💧", "Student · climate · water",
                             "Teacher. Opinions my own.", "🌍🚰"]),
                 rng.choice(["", "Paris", "Madrid", "Beirut", "Shanghai", "Kazan", "Nairobi", "Athens"]), "",
                 rng.randint(40, 2600), rng.randint(60, 900), rng.randint(200, 9000), rng.randint(0, 12)))
    add(User(snowflake_at(ms_of(2021, 8, 3), rng), "dry_well_watch", "Dry Well Watch", ms_of(2021, 8, 3),
             "ghost", ["en"], 3, "Account deactivated in April 2024.", "", "", 300, 200, 800, 2))
    return U


class World:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.ids = IdGen(self.rng)
        self.users = make_users(self.rng)
        self.all = []
        self.me = self.users["unity_relief"]
        self.orgs = [u for u in self.users.values() if u.kind == "org"]
        self.sups = [u for u in self.users.values() if u.kind == "supporter"]
        self.others = [u for u in self.users.values() if u.kind in ("org", "supporter", "journalist")
                       and u is not self.me]

    # -- text
    def resolve(self, spec, author, used):
        rng = self.rng
        if spec in ("org", "sup", "any"):
            pool = {"org": self.orgs, "sup": self.sups, "any": self.orgs + self.sups}[spec]
            cand = [u for u in pool if u is not author and u not in used]
            u = rng.choice(cand)
        else:
            u = self.users[spec]
            if u is author:  # never mention yourself; swap for another org
                u = rng.choice([o for o in self.orgs if o is not author and o not in used])
        used.add(u)
        return u

    def render(self, tb, toks, author, used):
        for kind, val in toks:
            if kind == "txt":
                tb.raw(val)
            elif kind == "#":
                tb.tag(val)
            elif kind == "@":
                tb.men(self.resolve(val, author, used))
            else:
                tb.url(tco(self.rng), URLS[val or self.rng.choice(URL_KEYS)])

    def pick_lang(self, author):
        rng = self.rng
        if author is self.me:
            return rng.choices(["en", "fr", "es", "ar", "zh", "ru"], weights=[62, 12, 10, 7, 4, 5])[0]
        langs = [l for l in author.langs if l != "und"]
        if "und" in author.langs and rng.random() < 0.15:
            return "und"
        return rng.choice(langs) if rng.random() < 0.8 else "en"

    def finish(self, t, author):
        t.source = self.rng.choices(SOURCES, weights=[s[2] for s in SOURCES])[0][:2]
        self.all.append(t)
        return t

    def original(self, author, ms, lang=None, toks=None):
        rng = self.rng
        lang = lang or self.pick_lang(author)
        if toks is None:
            camp, other = P_ORIG[lang]["org" if author.kind == "org" else "person"]
            p = 0.3 if author is self.me else 0.8
            toks = rng.choice(camp if (rng.random() < p or not other) and camp else other)
        tb = TB()
        self.render(tb, toks, author, set())
        t = Tw(self.ids.new(ms), author, ms, "original", tb.text(), tb.ents, lang)
        return self.finish(t, author)

    def reply(self, author, ms, parent, lang=None, body=None, extra=None):
        rng = self.rng
        lang = lang or self.pick_lang(author)
        if lang == "und":
            lang = "en"
        tb = TB()
        used = {author}
        if parent.author is not author:
            tb.men(parent.author)
            tb.raw(" ")
            used.add(parent.author)
            if extra is not None:
                tb.men(extra)
                tb.raw(" ")
                used.add(extra)
        start = tb.n
        self.render(tb, body if body is not None else rng.choice(P_REPLY[lang]), author, used)
        t = Tw(self.ids.new(ms), author, ms, "reply", tb.text(), tb.ents, lang)
        t.display_start = start
        t.reply_user = parent.author
        t.reply_status = parent
        t.refs = [("replied_to", parent)]
        t.conv = parent.conv
        parent.obs["reply"] += 1
        return self.finish(t, author)

    def mention(self, author, ms, target):
        rng = self.rng
        lang = "en"
        tb = TB()
        tb.men(target)
        tb.raw(" ")
        self.render(tb, rng.choice(P_REPLY[lang]), author, {author, target})
        t = Tw(self.ids.new(ms), author, ms, "mention", tb.text(), tb.ents, lang)
        t.reply_user = target
        return self.finish(t, author)

    def retweet(self, author, ms, orig):
        text, ents = rt_text(orig)
        t = Tw(self.ids.new(ms), author, ms, "retweet", text, ents, orig.lang)
        t.refs = [("retweeted", orig)]
        orig.obs["rt"] += 1
        assert author.id not in orig.rt_by, "double retweet"
        orig.rt_by.add(author.id)
        return self.finish(t, author)

    def quote(self, author, ms, orig, lang=None, host="twitter.com", reply_to=None, body=None):
        rng = self.rng
        lang = lang or self.pick_lang(author)
        if lang == "und":
            lang = "en"
        tb = TB()
        used = {author}
        start = 0
        if reply_to is not None:
            tb.men(reply_to.author)
            tb.raw(" ")
            used.add(reply_to.author)
            start = tb.n
        self.render(tb, body if body is not None else rng.choice(P_QUOTE[lang]), author, used)
        tb.raw(" ")
        tb.url(tco(rng), quote_url(orig, host))
        t = Tw(self.ids.new(ms), author, ms, "quote", tb.text(), tb.ents, lang)
        t.refs = [("quoted", orig)]
        orig.obs["quote"] += 1
        if reply_to is not None:
            t.kind = "reply"
            t.display_start = start
            t.reply_user = reply_to.author
            t.reply_status = reply_to
            t.refs.append(("replied_to", reply_to))
            t.conv = reply_to.conv
            reply_to.obs["reply"] += 1
        return self.finish(t, author)


def month_range(m):
    return ms_of(2024, m, 1), ms_of(2024, m + 1, 1) if m < 12 else ms_of(2025, 1, 1)


def pick_target(rng, cands, ms, recent_days=12, rt_by=None):
    """Pick an earlier tweet, preferring the last `recent_days` days.
    With rt_by, skip tweets that account has already retweeted."""
    before = [c for c in cands if c.ms < ms - 60000 and (rt_by is None or rt_by.id not in c.rt_by)]
    if not before:
        return None
    recent = [c for c in before if c.ms > ms - recent_days * 86400000]
    return rng.choice(recent if recent and rng.random() < 0.85 else before)


def build_world():
    w = World()
    rng = w.rng
    me = w.me
    U = w.users

    # A. originals by other accounts, Jan..Apr
    pool = []
    for m, n in ((1, 18), (2, 25), (3, 42), (4, 29)):
        a, b = month_range(m)
        for _ in range(n):
            author = rng.choices(w.others, weights=[5 if u.kind == "org" else 4 if u.kind == "journalist"
                                                    else 1.6 for u in w.others])[0]
            pool.append(w.original(author, rand_time(rng, a, b)))
    pool.sort(key=lambda t: t.ms)

    # A'. tweets of an account that is later deactivated (deleted; referenced only)
    ghost = U["dry_well_watch"]
    ghost_tweets = []
    gh = P_ORIG["en"]["person"][0]
    for d, toks in ((6, gh[0]), (27, gh[2]), (40, gh[4])):
        t = w.original(ghost, ms_of(2024, 2, 1) + d * 86400000 + 15 * 3600000, "en", toks)
        t.deleted = True
        ghost_tweets.append(t)

    # B. the @unity_relief archive: base slots per month, then thread continuations
    kinds = (["original"] * 88 + ["thread"] * 5 + ["reply"] * 34 + ["mention"] * 2 + ["retweet"] * 56 +
             ["quote"] * 24)
    rng.shuffle(kinds)
    quotas = ((1, 36), (2, 44), (3, 78), (4, 51))
    slots = []
    for m, n in quotas:
        a, b = month_range(m)
        slots += sorted(rand_time(rng, a, b) for _ in range(n))
    # keep the 5 threads apart: one per spread-out slot
    thread_slots = {slots[i] for i in (20, 60, 100, 140, 190)}
    pool_other = [t for t in pool if not matches_campaign(t)]

    def my_target(ms, rt=False):
        """Half of our retweets and quotes are of non-campaign posts."""
        by = me if rt else None
        if rng.random() < 0.5:
            t = pick_target(rng, pool_other, ms, 30, by)
            if t is not None:
                return t
        return pick_target(rng, pool, ms, rt_by=by)

    kinds = [k for k in kinds if k != "thread"]
    mine = []
    threads = list(P_THREADS)
    ki = 0
    special_langs = ["und", "und", "und"]
    for ms in slots:
        if ms in thread_slots:
            th = threads.pop(0)
            lang = "fr" if th is P_THREADS[2] else "es" if th is P_THREADS[4] else "en"
            root = w.original(me, ms, lang, th[0])
            mine.append(root)
            prev = root
            t_ms = ms
            for toks in th[1:]:
                t_ms += rng.randint(40, 900) * 1000
                prev = w.reply(me, t_ms, prev, lang, toks)
                mine.append(prev)
            continue
        k = kinds[ki]
        ki += 1
        tgt = None
        if k == "reply":
            tgt = pick_target(rng, pool, ms)
        elif k in ("retweet", "quote"):
            tgt = my_target(ms, rt=(k == "retweet"))
        if k in ("reply", "retweet", "quote") and tgt is None:
            k = "original"  # nothing to react to yet (first hours of January)
        if k == "original":
            lang = special_langs.pop() if special_langs and rng.random() < 0.06 else None
            mine.append(w.original(me, ms, lang))
        elif k == "reply":
            parent = tgt
            extra = None
            if rng.random() < 0.15:
                extra = rng.choice([o for o in w.orgs if o is not me and o is not parent.author])
            lang = parent.lang if parent.lang in P_REPLY and rng.random() < 0.6 else None
            mine.append(w.reply(me, ms, parent, lang, extra=extra))
        elif k == "mention":
            mine.append(w.mention(me, ms, rng.choice([U["water4all_ngo"], U["press_desk"]])))
        elif k == "retweet":
            mine.append(w.retweet(me, ms, tgt))
        else:
            mine.append(w.quote(me, ms, tgt))
    for lang in special_langs:  # guarantee the und originals exist
        mine.append(w.original(me, rand_time(rng, *month_range(2)), lang))
    # one media-only tweet (lang zxx)
    zms = ms_of(2024, 3, 22, 9, 41, 7, 312)
    zid = w.ids.new(zms)
    short = tco(rng)
    zx = Tw(zid, me, zms, "original", short, [], "zxx")
    zx.media = OrderedDict([
        ("expanded_url", "https://twitter.com/unity_relief/status/%s/photo/1" % zid),
        ("indices", ["0", "23"]), ("url", short),
        ("media_url", "http://pbs.twimg.com/media/GJq3WaterDay01.jpg"), ("id_str", str(int(zid) + 1)),
        ("id", str(int(zid) + 1)), ("media_url_https", "https://pbs.twimg.com/media/GJq3WaterDay01.jpg"),
        ("sizes", OrderedDict([(k, OrderedDict([("w", w_), ("h", h_), ("resize", r_)])) for k, w_, h_, r_ in
                               (("thumb", "150", "150", "crop"), ("small", "680", "453", "fit"),
                                ("medium", "1200", "800", "fit"), ("large", "2048", "1365", "fit"))])),
        ("type", "photo"), ("display_url", "pic.twitter.com/" + short[13:])])
    w.finish(zx, me)
    mine.append(zx)
    # edge cases in the archive replies
    replies_other = [t for t in mine if t.kind == "reply" and t.reply_user is not me]
    for t in replies_other[::5]:
        t.screen_name_mode = "missing"
    to_eau = [t for t in replies_other if t.reply_user.username == "eau_solidaire"
              and t.screen_name_mode == "normal"]
    if to_eau:
        to_eau[0].screen_name_mode = "stale:eausolidaire_fr"
    # one quote through an x.com link
    qs = [t for t in mine if t.kind == "quote"]
    if qs:
        t = qs[len(qs) // 2]
        orig = t.refs[0][1]
        e = t.ents[-1]
        new_exp = quote_url(orig, "x.com")
        t.ents[-1] = ("u", e[1], e[2], e[3], new_exp, display_url(new_exp))
    mine.sort(key=lambda t: t.ms)

    # C. reactions by other accounts, Feb..Apr (targets: pool and @unity_relief originals)
    my_orig = [t for t in mine if t.kind == "original" and t.lang != "zxx"]
    targets_all = sorted(pool + my_orig, key=lambda t: t.ms)
    react = []
    plan = (["retweet"] * 48 + ["reply"] * 28 + ["quote"] * 20 + ["mention"] * 2)
    rng.shuffle(plan)
    months = [2] * 20 + [3] * 44 + [4] * 34
    for k, m in zip(plan, months):
        ms = rand_time(rng, *month_range(m))
        author = rng.choice(w.others)
        tgt_pool = my_orig if rng.random() < 0.4 else pool
        tgt = pick_target(rng, [c for c in tgt_pool if c.author is not author], ms,
                          rt_by=author if k == "retweet" else None)
        if tgt is None:
            continue
        if k == "retweet":
            react.append(w.retweet(author, ms, tgt))
        elif k == "reply":
            react.append(w.reply(author, ms, tgt))
        elif k == "quote":
            react.append(w.quote(author, ms, tgt))
        else:
            react.append(w.mention(author, ms, me))
    # a reply that also quotes, and the three references to deleted tweets
    s = U["sofia_agua"]
    rq_ms = ms_of(2024, 3, 23, 11, 5, 9, 77)
    react.append(w.quote(s, rq_ms, pick_target(rng, [c for c in pool if c.author is not s], rq_ms), "en",
                         reply_to=[t for t in my_orig if t.ms < ms_of(2024, 3, 23)][-1], body=P_QUOTE["en"][0]))
    react.append(w.retweet(U["kenji_t"], ghost_tweets[0].ms + 3 * 3600000, ghost_tweets[0]))
    react.append(w.quote(U["noa_levi"], ghost_tweets[1].ms + 5 * 3600000, ghost_tweets[1], "en"))
    react.append(w.reply(U["yusuf_ok"], ghost_tweets[2].ms + 2 * 3600000, ghost_tweets[2], "en",
                         P_REPLY["en"][4]))
    react.sort(key=lambda t: t.ms)

    # metrics (final values; snapshots are taken with growth())
    for t in w.all:
        if t.kind == "retweet":
            t.ext = rng.random() < 0.6
            continue
        sc = t.author.scale
        like = int(rng.paretovariate(1.7) * sc) - rng.randint(0, sc)
        like = max(0, like) + 3 * t.obs["rt"] + 2 * t.obs["quote"]
        t.F = {"like": like,
               "rt": t.obs["rt"] + int(like * rng.uniform(0.05, 0.35)),
               "reply": t.obs["reply"] + (rng.randint(0, 3) if like > 20 else 0),
               "quote": t.obs["quote"] + (1 if like > 60 and rng.random() < 0.4 else 0),
               "bookmark": int(like * rng.uniform(0.0, 0.15)),
               "impression": int(like * rng.uniform(35, 140)) + rng.randint(30, 400)}
        t.ext = rng.random() < 0.6
    # one tweet carries edits_remaining as a string, as seen in a real capture
    for t in react:
        if t.kind == "original" or t.kind == "quote":
            t.edits_str = True
            break

    w.pool, w.mine, w.react, w.ghost_tweets = pool, mine, react, ghost_tweets
    return w


# --------------------------------------------------------------------------- writers (mode 1)

GEN_MS = ms_of(2024, 5, 2, 8, 0, 0)
SEARCH_MS = ms_of(2024, 5, 1, 10, 0, 0)

TWEET_FIELDS = ("attachments,author_id,context_annotations,conversation_id,created_at,entities,geo,id,"
                "in_reply_to_user_id,lang,public_metrics,text,possibly_sensitive,referenced_tweets,"
                "reply_settings,source,withheld,edit_controls,edit_history_tweet_ids")
EXPANSIONS = ("author_id,in_reply_to_user_id,referenced_tweets.id,referenced_tweets.id.author_id,"
              "entities.mentions.username,attachments.poll_ids,attachments.media_keys,geo.place_id,"
              "edit_history_tweet_ids")
USER_FIELDS = ("created_at,description,entities,id,location,name,pinned_tweet_id,profile_image_url,"
               "protected,public_metrics,url,username,verified,verified_type,withheld")
MEDIA_FIELDS = "alt_text,duration_ms,height,media_key,preview_image_url,public_metrics,type,url,variants,width"
POLL_FIELDS = "duration_minutes,end_datetime,id,options,voting_status"
PLACE_FIELDS = "contained_within,country,country_code,full_name,geo,id,name,place_type"
QUERY = "(" + " OR ".join("#" + t for t in CAMPAIGN_TAGS) + ")"


def api_url(endpoint, extra):
    params = [("expansions", EXPANSIONS), ("tweet.fields", TWEET_FIELDS), ("user.fields", USER_FIELDS),
              ("media.fields", MEDIA_FIELDS), ("poll.fields", POLL_FIELDS), ("place.fields", PLACE_FIELDS)]
    return "https://api.twitter.com/2/tweets/" + endpoint + "?" + urllib.parse.urlencode(params + extra)


def next_token(rng):
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=44))


def matches_campaign(t):
    if t.kind == "retweet":
        return matches_campaign(t.refs[0][1])
    return any(e[0] == "h" and fold(e[3]) in CAMPAIGN_FOLDED for e in t.ents)


def write_archive(w, root):
    me = w.me
    d = os.path.join(root, "data")
    files = OrderedDict()
    mine_desc = sorted(w.mine, key=lambda t: t.ms, reverse=True)
    objs = [archive_tweet(t, GEN_MS) for t in mine_desc]
    part0, part1 = objs[:130], objs[130:]
    files["tweets.js"] = ("YTD.tweets.part0", part0, "old")
    files["tweets-part1.js"] = ("YTD.tweets.part1", part1, "new")
    files["account.js"] = ("YTD.account.part0", [{"account": OrderedDict([
        ("email", "social@unity-relief.example.org"), ("createdVia", "web"), ("username", me.username),
        ("accountId", me.id), ("createdAt", "2019-03-12T09:30:00.000Z"), ("accountDisplayName", me.name)])}],
        "new")
    rng = random.Random(SEED + 1)
    known = [u for u in w.users.values() if u.kind in ("org", "supporter", "journalist") and u is not me]
    extra_ids = []
    for i in range(16):
        if i % 4 == 0:
            extra_ids.append(str(rng.randint(10**8, 3 * 10**9)))
        else:
            extra_ids.append(str(snowflake_at(rng.randint(ms_of(2016, 1, 1), ms_of(2024, 4, 1)), rng)))
    followers = [u.id for u in known] + extra_ids
    rng.shuffle(followers)
    files["follower.js"] = ("YTD.follower.part0", [{"follower": OrderedDict([
        ("accountId", i), ("userLink", "https://twitter.com/intent/user?user_id=" + i)])} for i in followers],
        "old")
    following = [u.id for u in known if u.kind != "supporter"] + [u.id for u in w.sups[:6]] + extra_ids[:4]
    files["following.js"] = ("YTD.following.part0", [{"following": OrderedDict([
        ("accountId", i), ("userLink", "https://twitter.com/intent/user?user_id=" + i)])} for i in following],
        "new")
    likable = [t for t in w.pool + w.react if t.kind != "retweet" and t.author is not me]
    liked = sorted(rng.sample(likable, 44) + [w.ghost_tweets[0]], key=lambda t: t.ms, reverse=True)
    likes = []
    for t in liked:
        e = OrderedDict([("tweetId", t.id)])
        if not t.deleted:
            e["fullText"] = t.text
        e["expandedUrl"] = "https://twitter.com/i/web/status/" + t.id
        likes.append({"like": e})
    files["like.js"] = ("YTD.like.part0", likes, "new")
    files["note-tweet.js"] = ("YTD.note_tweet.part0", [], "new")

    sizes = 0
    for name, (glob, arr, style) in files.items():
        text = "window.%s = %s" % (glob, jarch(arr, style))
        write_text(os.path.join(d, name), text)
        sizes += len(text.encode("utf-8"))
    readme = ("Sample archive README (synthetic)\n\n"
              "tweets.js / tweets-partN.js: posts made by this account, newest first.\n"
              "  full_text is HTML-escaped; entity indices count code points of the escaped text.\n"
              "follower.js / following.js: account IDs only, snapshot at generation time.\n"
              "like.js: liked posts; fullText is absent when the post is no longer visible.\n"
              "note-tweet.js: long-form posts (none in this archive).\n")
    write_text(os.path.join(d, "README.txt"), readme)
    html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Your archive</title></head>\n"
            "<body><p>Placeholder for the offline archive viewer (synthetic sample).</p></body></html>\n")
    write_text(os.path.join(root, "Your archive.html"), html)
    sizes += len(readme) + len(html.encode("utf-8"))

    def ent(name):
        glob, arr, _ = files[name]
        return OrderedDict([("fileName", "data/" + name), ("globalName", glob), ("count", str(len(arr)))])

    manifest = OrderedDict([
        ("userInfo", OrderedDict([("accountId", me.id), ("userName", me.username), ("displayName", me.name)])),
        ("archiveInfo", OrderedDict([("sizeBytes", str(sizes)), ("generationDate", "2024-05-02T08:00:00.000Z"),
                                     ("isPartialArchive", False), ("maxPartSizeBytes", "53687091200")])),
        ("readmeInfo", OrderedDict([("fileName", "data/README.txt"), ("directory", "data/"),
                                    ("name", "README.txt")])),
        ("dataTypes", OrderedDict([
            ("account", {"files": [ent("account.js")]}),
            ("follower", {"files": [ent("follower.js")]}),
            ("following", {"files": [ent("following.js")]}),
            ("like", {"files": [ent("like.js")]}),
            ("noteTweet", {"files": [ent("note-tweet.js")]}),
            ("tweets", OrderedDict([("mediaDirectory", "data/tweets_media"),
                                    ("files", [ent("tweets.js"), ent("tweets-part1.js")])])),
            ("tweetsMedia", {"mediaDirectory": "data/tweets_media"}),
        ])),
    ])
    write_text(os.path.join(d, "manifest.js"), "window.__THAR_CONFIG = " + jarch(manifest, "new"))
    return {name: len(arr) for name, (g, arr, s) in files.items()}


def write_twarc(w, root, ascii_):
    rng = random.Random(SEED + 2)
    tdir = os.path.join(root, "twarc")
    start, end = ms_of(2024, 2, 1), ms_of(2024, 5, 1)
    forced = {t.id for t in w.react if any(r.deleted for _, r in t.refs)}
    search = [t for t in w.all if start <= t.ms < end and not t.deleted
              and (matches_campaign(t) or t.id in forced)]
    search.sort(key=lambda t: t.ms, reverse=True)

    n_pages = max(1, round(len(search) / 36))
    sizes = [len(search) // n_pages] * n_pages
    for j in range(len(search) % n_pages):
        sizes[j] += 1
    for j in range(n_pages - 1):
        d = rng.randint(-4, 4)
        if 20 <= sizes[j] + d <= 40 and 20 <= sizes[j + 1] - d <= 40:
            sizes[j] += d
            sizes[j + 1] -= d
    pages = []
    i = 0
    tok = None
    retrieved = SEARCH_MS
    base_extra = [("query", QUERY), ("start_time", "2024-02-01T00:00:00Z"), ("end_time", "2024-05-01T00:00:00Z"),
                  ("max_results", "40")]
    while i < len(search):
        n = sizes[len(pages)]
        chunk = search[i:i + n]
        i += n
        includes, errors = build_includes(chunk, retrieved, is_available)
        page = OrderedDict()
        page["data"] = [v2_tweet(t, retrieved) for t in chunk]
        page["includes"] = includes
        if errors:
            page["errors"] = errors
        meta = OrderedDict([("newest_id", chunk[0].id), ("oldest_id", chunk[-1].id),
                            ("result_count", len(chunk))])
        new_tok = next_token(rng) if i < len(search) else None
        if new_tok:
            meta["next_token"] = new_tok
        page["meta"] = meta
        extra = base_extra + ([("next_token", tok)] if tok else [])
        page["__twarc"] = OrderedDict([("url", api_url("search/all", extra)), ("version", TWARC_VERSION),
                                       ("retrieved_at", fmt_iso_off(retrieved))])
        pages.append((page, chunk))
        tok = new_tok
        retrieved += rng.randint(1, 3) * 1000
    with open(os.path.join(tdir, "campaign-search.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for page, _ in pages:
            f.write(dumps_line(page, ascii_) + "\n")

    # filtered stream: 12 late-April tweets, captured seconds after they were posted
    rules = {"water": 1377649934414049282, "eau": 1780321456789012481}
    cands = [t for t in search if t.ms >= ms_of(2024, 4, 20) and not any(r.deleted for _, r in t.refs)]
    cands.sort(key=lambda t: t.ms)
    step = max(1, len(cands) // 12)
    chosen = cands[::step][:12]

    def both_rules(t):
        src = t.refs[0][1] if t.kind == "retweet" else t
        tags = {fold(e[3]) for e in src.ents if e[0] == "h"}
        return bool(tags & (CAMPAIGN_FOLDED - {fold("EauPourTous")})) and (
            fold("EauPourTous") in tags or t.lang == "fr")
    if not any(both_rules(t) for t in chosen):
        extra = [t for t in search if t.ms >= ms_of(2024, 4, 1) and both_rules(t) and t not in chosen
                 and not any(r.deleted for _, r in t.refs)]
        if extra:
            chosen[len(chosen) // 2] = extra[0]
            chosen.sort(key=lambda t: t.ms)
    surl = api_url("search/stream", [])
    lines = []
    for t in chosen:
        at = t.ms - t.ms % 1000 + rng.randint(1, 4) * 1000
        includes, errors = build_includes([t], at, is_available)
        src = t.refs[0][1] if t.kind == "retweet" else t
        tags = {fold(e[3]) for e in src.ents if e[0] == "h"}
        mr = []
        if tags & (CAMPAIGN_FOLDED - {fold("EauPourTous")}):
            mr.append(OrderedDict([("id", rules["water"]), ("tag", "water")]))
        if fold("EauPourTous") in tags or t.lang == "fr":
            mr.append(OrderedDict([("id", rules["eau"]), ("tag", "eau")]))
        if not mr:
            mr.append(OrderedDict([("id", rules["water"]), ("tag", "water")]))
        line = OrderedDict([("data", v2_tweet(t, at)), ("includes", includes)])
        if errors:
            line["errors"] = errors
        line["matching_rules"] = mr
        line["__twarc"] = OrderedDict([("url", surl), ("version", TWARC_VERSION), ("retrieved_at", fmt_iso_off(at))])
        lines.append(line)
    with open(os.path.join(tdir, "stream.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(dumps_line(line, ascii_) + "\n")

    # twarc2 flatten: 10 tweets chosen to cover each shape
    flat_by_id = OrderedDict()
    for page, chunk in pages:
        for ft in flatten_page(page):
            flat_by_id[ft["id"]] = ft
    picks = []

    def want(pred):
        for t in search:
            if t.id not in picks and pred(t):
                picks.append(t.id)
                return

    want(lambda t: t.kind == "quote" and t.refs[0][1].deleted)
    want(lambda t: t.kind == "reply" and t.refs[0][1].deleted)
    want(lambda t: t.kind == "retweet" and not t.refs[0][1].deleted and t.refs[0][1].author is w.me)
    want(lambda t: t.kind == "retweet" and not t.refs[0][1].deleted and t.author is w.me)
    want(lambda t: t.kind == "quote" and not t.refs[0][1].deleted)
    want(lambda t: len(t.refs) == 2)
    want(lambda t: t.kind == "original" and t.author is w.me)
    for lang in ("ar", "zh", "ru", "fr", "es"):
        if len(picks) >= 10:
            break
        want(lambda t, lang=lang: t.kind == "original" and t.lang == lang)
    order = {t.id: i for i, t in enumerate(search)}
    picks.sort(key=lambda x: order[x])
    with open(os.path.join(tdir, "flattened.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for tid in picks:
            f.write(dumps_line(flat_by_id[tid], ascii_) + "\n")
    return pages, lines, picks, search


def tweet_kind(t):
    if t.kind == "retweet":
        return "retweet"
    if t.kind == "quote":
        return "quote"
    if t.kind == "reply":
        if t.reply_user is t.author:
            return "self-reply (thread)"
        return "reply+quote" if len(t.refs) == 2 else "reply"
    if t.kind == "mention":
        return "mention (reply user, no status)"
    return "original"


def table(counter, order=None):
    keys = order or sorted(counter)
    return " | ".join("%s: %d" % (k, counter[k]) for k in keys if counter[k])


def generate(root, ascii_):
    w = build_world()
    os.makedirs(os.path.join(root, "twarc"), exist_ok=True)
    arch_counts = write_archive(w, os.path.join(root, "x-archive"))
    pages, stream, flat, search = write_twarc(w, root, ascii_)

    mine = w.mine
    a_month = Counter(month_key(t.ms) for t in mine)
    a_kind = Counter(tweet_kind(t) for t in mine)
    a_lang = Counter(t.lang for t in mine)
    s_month = Counter(month_key(t.ms) for t in search)
    s_kind = Counter(tweet_kind(t) for t in search)
    s_lang = Counter(t.lang for t in search)
    s_auth = Counter(t.author.kind for t in search)
    inc_tweets = sum(len(p["includes"].get("tweets", [])) for p, _ in pages)
    inc_users = sum(len(p["includes"]["users"]) for p, _ in pages)
    errs = [e for p, _ in pages for e in p.get("errors", [])]
    arch_ids = {t.id for t in mine}
    overlap_data = sum(1 for t in search if t.id in arch_ids)
    overlap_inc = len({r["id"] for p, _ in pages for r in p["includes"].get("tweets", []) if r["id"] in arch_ids})
    quotes_in_arch = sum(1 for t in mine if t.kind == "quote")
    n_authors = len({t.author.id for t in search})

    report = []
    P = report.append
    P("# Sample data (synthetic)")
    P("")
    P("Generated by `python3 scripts/make-sample-data.py` (seed 2024, byte-identical on every run;")
    P("`--check` validates it). Every name, ID, URL and text is invented. Entity offsets are Unicode")
    P("code points over the HTML-escaped text, as X's own archives count them.")
    P("")
    P("## x-archive/ — extracted X archive of @unity_relief (\"Unity Relief 🌍\", id %s)" % w.me.id)
    P("")
    P("Generation date 2024-05-02T08:00:00.000Z (the `observed_at` of every count in it).")
    P("")
    P("| file | elements |")
    P("|---|---|")
    for name in ("tweets.js", "tweets-part1.js", "account.js", "follower.js", "following.js", "like.js",
                 "note-tweet.js"):
        P("| data/%s | %d |" % (name, arch_counts[name]))
    P("")
    P("Also `data/manifest.js` (counts as strings, tweets in two parts, `tweetsMedia` has only a")
    P("mediaDirectory), `data/README.txt` and a placeholder `Your archive.html`. No media files.")
    P("`tweets.js` uses the older layout (`= [ {`, inline arrays); `tweets-part1.js` and the others")
    P("the newer one (`[` then one element per line). `follower.js` uses the older layout too.")
    P("")
    P("Tweets: %d, newest first, part0 = newest 130." % len(mine))
    P("")
    P("* per month: " + table(a_month))
    P("* per kind: " + table(a_kind))
    P("* per lang: " + table(a_lang))
    P("")
    P("Edge cases: RT counts are `\"0\"` and RT text is cut at 140 code points with `…`; quotes are")
    P("only recognisable by the status URL (%d quotes, one via `https://x.com/...`); 5 self-reply" % quotes_in_arch)
    P("threads; replies to others with 1 or 2 leading @mentions excluded from `display_text_range`;")
    P("every 5th reply to another account lacks `in_reply_to_screen_name`; one reply to")
    P("@eau_solidaire carries the stale name `eausolidaire_fr`; 2 tweets open with an @mention and")
    P("have `in_reply_to_user_id_str` but no status id; one media-only tweet (`zxx`, `entities.media`,")
    P("`display_text_range` [0,0]); `&amp;`, `&lt;`, `&gt;` and astral emoji / ZWJ sequences before")
    P("entities; `#WATERISLIFE` and fullwidth `#ＷａｔｅｒＩｓＬｉｆｅ` (NFKC folds both to waterislife).")
    P("like.js: one liked tweet was deleted later, so it has no `fullText`.")
    P("")
    P("## twarc/campaign-search.jsonl — `twarc2 search --archive`, one API page per line")
    P("")
    P("Query `%s`, 2024-02-01..2024-04-30, retrieved 2024-05-01T10:00+00:00." % QUERY)
    P("")
    P("* pages: %d (%s tweets each); data tweets: %d by %d authors" % (
        len(pages), "/".join(str(len(c)) for _, c in pages), len(search), n_authors))
    P("* per month: " + table(s_month))
    P("* per kind: " + table(s_kind))
    P("* per lang: " + table(s_lang))
    P("* per author kind: " + table(s_auth))
    P("* includes.tweets: %d (per-page sum), includes.users: %d (per-page sum)" % (inc_tweets, inc_users))
    P("* errors[]: %d (%d tweets \"Not Found Error\" + user errors for the deactivated @dry_well_watch)" % (
        len(errs), sum(1 for e in errs if e["resource_type"] == "tweet")))
    P("* overlap with the archive: %d data tweets and %d distinct included tweets have archive ids"
      % (overlap_data, overlap_inc))
    P("* metrics: ints; `bookmark_count`/`impression_count` on %d of %d data tweets; retweets carry"
      % (sum(1 for t in search if t.ext), len(search)))
    P("  the original's `retweet_count` and 0 elsewhere; recent tweets show lower counts than the")
    P("  archive (taken a day later). One tweet has `edit_controls.edits_remaining` as the string \"5\".")
    P("")
    P("## twarc/stream.jsonl — filtered stream, one tweet per line")
    P("")
    P("%d lines, `data` is an object, `matching_rules[].id` is a bare JSON number above 2^53" % len(stream))
    P("(rules `water` = 1377649934414049282, `eau` = 1780321456789012481). Captured seconds after")
    P("posting, so metrics are near 0; the same tweets are in campaign-search.jsonl with later counts.")
    P("")
    P("## twarc/flattened.jsonl — `twarc2 flatten` output, one tweet per line")
    P("")
    P("%d tweets taken from campaign-search.jsonl and flattened like twarc 2.14: `author` and" % len(flat))
    P("`in_reply_to_user` inlined (`{}` when missing from includes), mentions merged with the user,")
    P("`referenced_tweets[]` entries merged with the whole included tweet (just `{type, id}` when")
    P("the tweet is unavailable), `__twarc` copied onto each tweet.")
    P("")
    P("## Regenerating")
    P("")
    P("```")
    P("python3 scripts/make-sample-data.py                  # rewrite data/sample/")
    P("python3 scripts/make-sample-data.py --check          # validate data/sample/")
    P("python3 scripts/make-sample-data.py --bench 100000 /tmp/bench.jsonl   # ~155 MB, ~20 s")
    P("python3 scripts/make-sample-data.py --check /tmp/bench.jsonl")
    P("```")
    P("")
    P("The JSONL here is UTF-8 (`ensure_ascii=False`). twarc2 itself writes `json.dumps` defaults,")
    P("i.e. `\\uXXXX` escapes with surrogate pairs for emoji; add `--ascii` to get that form.")
    text = "\n".join(report) + "\n"
    write_text(os.path.join(root, "README.md"), text)
    sys.stdout.write(text)


# --------------------------------------------------------------------------- bench mode

SYL = {
    "latin": ["ka", "lo", "mi", "ra", "ne", "so", "ta", "vi", "el", "an", "du", "po", "ri", "sa", "be", "jo"],
    "ar": ["سا", "مي", "لو", "نا", "ري", "كا", "دي", "هـا"],
    "ru": ["ка", "ло", "ми", "ра", "не", "со", "та", "ви"],
    "zh": ["李", "王", "张", "刘", "陈", "杨", "黄", "明", "华", "伟", "芳", "丽"],
    "el": ["κα", "λο", "μι", "ρα", "νε", "σο"],
    "hi": ["रा", "मी", "का", "ना", "सी", "ला"],
}


def bench(n, out, ascii_, part=1, parts=1, authors=5000):
    """Part `part` of `parts` of an n-tweet capture by `authors` accounts (the whole by default)."""
    rng = random.Random(SEED + 99)
    ids = IdGen(rng)
    base = make_users(random.Random(SEED))
    users = [u for u in base.values() if u.kind != "ghost"]
    names = set(u.username for u in users)
    scripts = list(SYL)
    while len(users) < authors:
        sc = rng.choice(scripts)
        uname = "".join(rng.choice(SYL["latin"]) for _ in range(rng.randint(2, 3))) + str(rng.randint(1, 9999))
        if uname in names:
            continue
        names.add(uname)
        sep = "" if sc == "zh" else " "
        name = sep.join("".join(rng.choice(SYL[sc]) for _ in range(rng.randint(1, 3))).capitalize()
                        for _ in range(2))
        if rng.random() < 0.1:
            name += " " + rng.choice(["💧", "🌍", "🚰", "🙌🏽", "👩‍👩‍👧"])
        cms = rng.randint(ms_of(2009, 1, 1), ms_of(2023, 12, 1))
        uid = rng.randint(10**7, 3 * 10**9) if cms < ms_of(2014, 1, 1) else snowflake_at(cms, rng)
        followers = int(rng.paretovariate(1.2) * 50)
        lang = {"latin": rng.choice(["en", "en", "en", "fr", "es"]), "ar": "ar", "ru": "ru", "zh": "zh",
                "el": "en", "hi": "en"}[sc]
        users.append(User(uid, uname, name, cms, "supporter", [lang], max(1, min(followers // 100, 40)),
                          "", "", "", followers, rng.randint(10, 2000), rng.randint(10, 50000),
                          rng.randint(0, 50)))
    weights = [200 if u.kind == "org" else 80 if u.kind == "journalist" else 3.0 / math.sqrt(1 + i % 500)
               for i, u in enumerate(users)]
    cum = []
    acc = 0.0
    for x in weights:
        acc += x
        cum.append(acc)
    orgs = [u for u in users if u.kind == "org"]
    lang_bank = {l: P_ORIG[l]["org"][0] + P_ORIG[l]["person"][0] + P_ORIG[l]["person"][1] for l in P_ORIG}
    langs = ["en", "fr", "es", "ar", "zh", "ru", "und"]
    lang_w = [50, 12, 12, 8, 7, 7, 4]

    def resolve(spec, author, used):
        if spec in ("org", "sup", "any") or spec not in base:
            if spec == "org":
                u = rng.choice(orgs)
            else:
                u = users[rng.randrange(len(users))]
        else:
            u = base[spec]
        if u is author or u in used or u.kind == "ghost":
            u = rng.choice([o for o in orgs if o is not author and o not in used])
        used.add(u)
        return u

    def make(author, ms, kind, ref=None):
        lang = rng.choices(langs, weights=lang_w)[0]
        tb = TB()
        used = {author}
        start = 0
        if kind == "reply":
            tb.men(ref.author)
            tb.raw(" ")
            used.add(ref.author)
            start = tb.n
            toks = rng.choice(P_REPLY["en" if lang == "und" else lang])
        elif kind == "quote":
            toks = rng.choice(P_QUOTE["en" if lang == "und" else lang])
        else:
            toks = rng.choice(lang_bank[lang])
        for k, val in toks:
            if k == "txt":
                tb.raw(val)
            elif k == "#":
                tb.tag(val)
            elif k == "@":
                tb.men(resolve(val, author, used))
            else:
                tb.url(tco(rng), URLS[val or rng.choice(URL_KEYS)])
        if kind == "quote":
            tb.raw(" ")
            tb.url(tco(rng), quote_url(ref))
        if kind in ("reply", "quote") and lang == "und":
            lang = "en"
        t = Tw(ids.new(ms), author, ms, kind, tb.text(), tb.ents, lang)
        t.display_start = start
        sc = author.scale
        like = max(0, int(rng.paretovariate(1.7) * sc) - rng.randint(0, sc))
        t.F = {"like": like, "rt": int(like * rng.uniform(0.05, 0.35)), "reply": rng.randint(0, 3),
               "quote": 1 if like > 60 and rng.random() < 0.3 else 0,
               "bookmark": int(like * rng.uniform(0.0, 0.15)),
               "impression": int(like * rng.uniform(35, 140)) + rng.randint(30, 400)}
        t.ext = rng.random() < 0.6
        if kind == "reply":
            t.reply_user = ref.author
            t.reply_status = ref
            t.refs = [("replied_to", ref)]
            t.conv = ref.conv
        elif kind == "quote":
            t.refs = [("quoted", ref)]
        return t

    end = ms_of(2024, 4, 30, 23, 59, 59)
    span = end - ms_of(2024, 1, 1)
    if parts > 1:
        # Same accounts in every part (drawn above); from here on a stream of the part's own.
        rng.seed(SEED + 99 + 1000 * part)
        ids.part = part - 1
        end -= (part - 1) * span // parts
        span //= parts
        n = n // parts + (n % parts if part == parts else 0)
    gap = span / max(1, n)
    cur = end
    ring = deque(maxlen=3000)
    retrieved = ms_of(2024, 5, 1, 10, 0, 0)
    written = 0
    tok = None
    base_extra = [("query", QUERY), ("start_time", "2024-01-01T00:00:00Z"), ("end_time", "2024-05-01T00:00:00Z"),
                  ("max_results", "100")]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        while written < n:
            k = min(100, n - written)
            authors = rng.choices(users, cum_weights=cum, k=k)
            chunk = []
            for author in authors:
                cur -= max(1, int(rng.expovariate(1.0 / gap)))
                r = rng.random()
                kind = "retweet" if r < 0.30 else "reply" if r < 0.45 else "quote" if r < 0.55 else "original"
                if kind == "original":
                    t = make(author, cur, "original")
                else:
                    if ring and rng.random() < 0.6:
                        ref = ring[rng.randrange(len(ring))]
                        if ref.ms >= cur:
                            ref = None
                    else:
                        ref = None
                    if ref is None:
                        rauthor = rng.choices(users, cum_weights=cum, k=1)[0]
                        ref = make(rauthor, cur - rng.randint(60000, 3 * 86400000), "original")
                        ref.deleted = rng.random() < 0.01
                        ring.append(ref)
                    if kind == "retweet":
                        text, ents = rt_text(ref)
                        t = Tw(ids.new(cur), author, cur, "retweet", text, ents, ref.lang)
                        t.refs = [("retweeted", ref)]
                        t.ext = rng.random() < 0.6
                    else:
                        t = make(author, cur, kind, ref)
                chunk.append(t)
            written += k
            includes, errors = build_includes(chunk, retrieved, is_available)
            page = OrderedDict()
            page["data"] = [v2_tweet(t, retrieved) for t in chunk]
            page["includes"] = includes
            if errors:
                page["errors"] = errors
            meta = OrderedDict([("newest_id", chunk[0].id), ("oldest_id", chunk[-1].id),
                                ("result_count", len(chunk))])
            new_tok = next_token(rng) if written < n else None
            if new_tok:
                meta["next_token"] = new_tok
            page["meta"] = meta
            extra = base_extra + ([("next_token", tok)] if tok else [])
            page["__twarc"] = OrderedDict([("url", api_url("search/all", extra)), ("version", TWARC_VERSION),
                                           ("retrieved_at", fmt_iso_off(retrieved))])
            f.write(dumps_line(page, ascii_) + "\n")
            tok = new_tok
            retrieved += 1000 + rng.randrange(1500)
    print("bench: wrote %d tweets in %d pages to %s" % (n, (n + 99) // 100, out))


# --------------------------------------------------------------------------- check

class CheckError(Exception):
    pass


def req(cond, msg):
    if not cond:
        raise CheckError(msg)


ARCH_DATE_RE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                          r"(\d\d) (\d\d):(\d\d):(\d\d) \+0000 (\d{4})$")
ISO_MS_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})Z$")
ISO_OFF_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")
BAD_ESC_RE = re.compile(r"&(?!amp;|lt;|gt;)|[<>]")
QUOTE_URL_RE = re.compile(r"^https://(twitter|x)\.com/[A-Za-z0-9_]+/status/(\d+)$")


def parse_archive_js(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    req(not raw.startswith("\ufeff"), "%s: BOM" % path)
    req("=" in raw, "%s: no '='" % path)
    lhs, body = raw.split("=", 1)
    body = body.strip()
    if body.endswith(";"):
        body = body[:-1]
    return lhs.strip(), json.loads(body)


def check_snowflake(tid, created_sec_ms, where):
    ms = (int(tid) >> 22) + TWEPOCH
    req(ms // 1000 * 1000 == created_sec_ms, "%s: snowflake %s time %d != created %d" % (
        where, tid, ms, created_sec_ms))


def slice_ok(text, s, e, expect, where):
    req(0 <= s < e <= len(text), "%s: bad span [%d,%d) len %d" % (where, s, e, len(text)))
    got = text[s:e]
    req(got.casefold() == expect.casefold(), "%s: span [%d,%d) = %r, expected %r" % (where, s, e, got, expect))


def check_archive_tweet(t, stats, where):
    tid = t["id_str"]
    req(isinstance(t["id"], str) and t["id"] == tid and tid.isdigit(), where + ": id/id_str")
    m = ARCH_DATE_RE.match(t["created_at"])
    req(m is not None, where + ": created_at " + t["created_at"])
    sec = calendar.timegm((int(m.group(7)), MONS.index(m.group(2)) + 1, int(m.group(3)), int(m.group(4)),
                           int(m.group(5)), int(m.group(6)), 0, 0, 0))
    req(DAYS[time.gmtime(sec).tm_wday] == m.group(1), where + ": weekday")
    check_snowflake(tid, sec * 1000, where)
    for k in ("favorite_count", "retweet_count"):
        req(isinstance(t[k], str) and t[k].isdigit(), where + ": " + k)
    for k in ("truncated", "retweeted", "favorited"):
        req(t[k] is False, where + ": " + k)
    text = t["full_text"]
    req(not BAD_ESC_RE.search(text), where + ": unescaped text " + text)
    ents = t["entities"]
    for k in ("hashtags", "symbols", "user_mentions", "urls"):
        req(isinstance(ents[k], list), where + ": entities." + k)

    def idx(e):
        a, b = e["indices"]
        req(isinstance(a, str) and isinstance(b, str), where + ": indices not strings")
        return int(a), int(b)

    for h in ents["hashtags"]:
        slice_ok(text, *idx(h), "#" + h["text"], where)
    for mm in ents["user_mentions"]:
        req(mm["id"] == mm["id_str"], where + ": mention id")
        slice_ok(text, *idx(mm), "@" + mm["screen_name"], where)
    for u in ents["urls"]:
        slice_ok(text, *idx(u), u["url"], where)
    for md in ents.get("media", []):
        slice_ok(text, *idx(md), md["url"], where)
    a, b = (int(x) for x in t["display_text_range"])
    req(0 <= a <= b <= len(text), where + ": display_text_range")
    ei = t["edit_info"]["initial"]
    req(ei["editTweetIds"] == [tid] and ISO_MS_RE.match(ei["editableUntil"]), where + ": edit_info")
    if text.startswith("RT @"):
        kind = "retweet"
        req(t["favorite_count"] == "0" and t["retweet_count"] == "0", where + ": RT counts")
        m0 = ents["user_mentions"][0]
        req(idx(m0) == (3, 3 + len(m0["screen_name"]) + 1), where + ": RT mention indices")
    elif "in_reply_to_status_id_str" in t:
        kind = "reply"
        req(t["in_reply_to_status_id"] == t["in_reply_to_status_id_str"], where + ": reply status id")
        req(t["in_reply_to_user_id"] == t["in_reply_to_user_id_str"], where + ": reply user id")
        if a > 0:
            req(text[:a].strip().startswith("@"), where + ": leading mentions")
    elif "in_reply_to_user_id_str" in t:
        kind = "mention"
        req(text.startswith("@"), where + ": mention-opener must start with @")
    elif any(QUOTE_URL_RE.match(u["expanded_url"]) for u in ents["urls"]):
        kind = "quote"
    else:
        kind = "original"
    stats["archive kind " + kind] += 1
    stats["archive lang " + t["lang"]] += 1


def check_archive(root, stats):
    d = os.path.join(root, "data")
    lhs, manifest = parse_archive_js(os.path.join(d, "manifest.js"))
    req(lhs == "window.__THAR_CONFIG" and isinstance(manifest, dict), "manifest")
    req(manifest["archiveInfo"]["generationDate"] == "2024-05-02T08:00:00.000Z", "generationDate")
    req(manifest["userInfo"]["accountId"].isdigit() and len(manifest["userInfo"]["accountId"]) == 19, "accountId")
    listed = set()
    ids = set()
    for typ, info in manifest["dataTypes"].items():
        for fi in info.get("files", []):
            path = os.path.join(root, fi["fileName"])
            listed.add(os.path.basename(path))
            lhs, arr = parse_archive_js(path)
            req(lhs == "window." + fi["globalName"], "%s: global %s" % (path, lhs))
            req(isinstance(arr, list), path + ": not an array")
            req(isinstance(fi["count"], str) and int(fi["count"]) == len(arr),
                "%s: manifest count %s != %d" % (path, fi["count"], len(arr)))
            stats["archive file " + fi["fileName"]] = len(arr)
            for i, el in enumerate(arr):
                req(isinstance(el, dict) and len(el) == 1, "%s[%d]: wrapper" % (path, i))
                if typ == "tweets":
                    t = el["tweet"]
                    req(t["id_str"] not in ids, "duplicate tweet id " + t["id_str"])
                    ids.add(t["id_str"])
                    check_archive_tweet(t, stats, "%s[%d]" % (fi["fileName"], i))
                elif typ in ("follower", "following"):
                    v = el[typ]
                    req(v["accountId"].isdigit() and v["userLink"].endswith("=" + v["accountId"]), path)
                elif typ == "like":
                    v = el["like"]
                    req(v["tweetId"].isdigit() and v["expandedUrl"].endswith("/" + v["tweetId"]), path)
    on_disk = {f for f in os.listdir(d) if f.endswith(".js") and f != "manifest.js"}
    req(on_disk == listed, "files not in manifest: %s" % (on_disk ^ listed))
    with open(os.path.join(d, "note-tweet.js"), encoding="utf-8") as f:
        req(f.read().strip() == "window.YTD.note_tweet.part0 = [ ]", "note-tweet.js")
    with open(os.path.join(d, "tweets.js"), encoding="utf-8") as f:
        req(f.readline().startswith("window.YTD.tweets.part0 = [ {"), "tweets.js first line")
    with open(os.path.join(d, "tweets-part1.js"), encoding="utf-8") as f:
        req(f.read(40).startswith("window.YTD.tweets.part1 = [\n  {"), "tweets-part1.js first lines")


def check_v2_tweet(t, where, stats=None, prefix=""):
    req(isinstance(t["id"], str) and t["id"].isdigit(), where + ": id")
    m = ISO_MS_RE.match(t["created_at"])
    req(m is not None, where + ": created_at")
    sec = calendar.timegm(tuple(int(x) for x in m.groups()[:6]) + (0, 0, 0))
    check_snowflake(t["id"], sec * 1000, where)
    req(isinstance(t["author_id"], str) and t["author_id"].isdigit(), where + ": author_id")
    req(isinstance(t.get("conversation_id", ""), str), where + ": conversation_id")
    req(t["edit_history_tweet_ids"][-1] == t["id"], where + ": edit_history_tweet_ids")
    text = t["text"]
    req(not BAD_ESC_RE.search(text), where + ": unescaped text")
    pm = t["public_metrics"]
    for k in ("retweet_count", "reply_count", "like_count", "quote_count"):
        req(type(pm[k]) is int and pm[k] >= 0, where + ": public_metrics." + k)
    for k in ("bookmark_count", "impression_count"):
        if k in pm:
            req(type(pm[k]) is int, where + ": " + k)
    ents = t.get("entities", {})
    for h in ents.get("hashtags", []):
        slice_ok(text, h["start"], h["end"], "#" + h["tag"], where)
    for mm in ents.get("mentions", []):
        slice_ok(text, mm["start"], mm["end"], "@" + mm["username"], where)
    for u in ents.get("urls", []):
        slice_ok(text, u["start"], u["end"], u["url"], where)
    refs = t.get("referenced_tweets", [])
    for r in refs:
        req(r["type"] in ("retweeted", "quoted", "replied_to") and r["id"].isdigit(), where + ": ref")
    types = [r["type"] for r in refs]
    if "retweeted" in types:
        kind = "retweet"
        req(text.startswith("RT @"), where + ": RT text")
        m0 = ents["mentions"][0]
        req(m0["start"] == 3 and m0["end"] == 4 + len(m0["username"]), where + ": RT mention")
        req(pm["reply_count"] == 0 and pm["like_count"] == 0 and pm["quote_count"] == 0, where + ": RT metrics")
    elif "replied_to" in types:
        kind = "reply"
        req("in_reply_to_user_id" in t, where + ": reply without in_reply_to_user_id")
    elif "quoted" in types:
        kind = "quote"
        qid = [r["id"] for r in refs if r["type"] == "quoted"][0]
        req(any(QUOTE_URL_RE.match(u["expanded_url"]) and u["expanded_url"].endswith("/" + qid)
                for u in ents.get("urls", [])), where + ": quote without status url")
    else:
        kind = "original"
    if stats is not None:
        stats[prefix + "kind " + kind] += 1
        stats[prefix + "lang " + t["lang"]] += 1
    return kind


def check_jsonl(path, stats):
    name = os.path.basename(path)
    n_lines = 0
    with open(path, "rb") as f:
        head = f.read(3)
    req(head != b"\xef\xbb\xbf", path + ": BOM")
    with open(path, encoding="utf-8", newline="") as f:
        for ln, line in enumerate(f, 1):
            where = "%s:%d" % (name, ln)
            req(line.endswith("\n") and not line.endswith("\r\n"), where + ": line ending")
            obj = json.loads(line)
            n_lines += 1
            tw = obj.get("__twarc")
            req(tw and tw["version"] == TWARC_VERSION and tw["url"].startswith("https://api.twitter.com/2/")
                and ISO_OFF_RE.match(tw["retrieved_at"]), where + ": __twarc")
            if "data" in obj and isinstance(obj["data"], list):
                form = "page"
            elif "data" in obj and isinstance(obj["data"], dict):
                form = "stream"
            else:
                req("id" in obj and "text" in obj, where + ": unknown form")
                form = "flat"
            stats["%s %s lines" % (name, form)] += 1
            if form in ("page", "stream"):
                data = obj["data"] if form == "page" else [obj["data"]]
                inc = obj.get("includes", {})
                inc_ids = {t["id"] for t in inc.get("tweets", [])}
                user_ids = {u["id"] for u in inc.get("users", [])}
                errs = obj.get("errors", [])
                err_ids = {e["resource_id"] for e in errs}
                for e in errs:
                    req(e["title"] == "Not Found Error" and e["value"] == e["resource_id"], where + ": error")
                    req(e["resource_id"] not in inc_ids and e["resource_id"] not in user_ids,
                        where + ": error id also included")
                    stats["%s errors %s" % (name, e["resource_type"])] += 1
                for u in inc.get("users", []):
                    req(u["id"].isdigit() and all(type(v) is int for v in u["public_metrics"].values()),
                        where + ": user")
                if form == "page":
                    meta = obj["meta"]
                    req(meta["result_count"] == len(data), where + ": result_count")
                    req(meta["newest_id"] == data[0]["id"] and meta["oldest_id"] == data[-1]["id"], where + ": meta")
                else:
                    rules = obj["matching_rules"]
                    req(rules and all(type(r["id"]) is int and r["id"] > 2**53 for r in rules),
                        where + ": matching_rules id must be a bare number > 2^53")
                    req(re.search(r'"matching_rules": \[\{"id": \d{19}', line) is not None,
                        where + ": matching_rules id not bare in the raw text")
                for i, t in enumerate(data):
                    w2 = "%s data[%d]" % (where, i)
                    check_v2_tweet(t, w2, stats, name + " ")
                    stats[name + " tweets"] += 1
                    req(t["author_id"] in user_ids, w2 + ": author not in includes.users")
                    for r in t.get("referenced_tweets", []):
                        req(r["id"] in inc_ids or r["id"] in err_ids,
                            w2 + ": referenced %s %s neither included nor in errors" % (r["type"], r["id"]))
                    for mm in t.get("entities", {}).get("mentions", []):
                        req(mm["id"] in user_ids or mm["username"] in err_ids, w2 + ": mention not expanded")
                for i, t in enumerate(inc.get("tweets", [])):
                    check_v2_tweet(t, "%s includes.tweets[%d]" % (where, i))
                    req(t["author_id"] in user_ids, where + ": included author missing")
                    stats[name + " includes.tweets"] += 1
            else:
                check_v2_tweet(obj, where, stats, name + " ")
                stats[name + " tweets"] += 1
                req(isinstance(obj["author"], dict) and obj["author"].get("id") == obj["author_id"],
                    where + ": author")
                if "in_reply_to_user_id" in obj:
                    req(isinstance(obj["in_reply_to_user"], dict), where + ": in_reply_to_user")
                for r in obj.get("referenced_tweets", []):
                    req({"type", "id"} <= set(r), where + ": flattened ref")
                    if "text" in r:
                        check_v2_tweet(r, where + " ref " + r["id"])
                        req(r["author"].get("id") == r["author_id"], where + ": ref author")
                    else:
                        stats[name + " unavailable refs"] += 1
    req(n_lines > 0, path + ": empty")


def check(paths):
    stats = Counter()
    for p in paths:
        if os.path.isdir(p):
            check_archive(os.path.join(p, "x-archive"), stats)
            tdir = os.path.join(p, "twarc")
            for fn in sorted(os.listdir(tdir)):
                if fn.endswith(".jsonl"):
                    check_jsonl(os.path.join(tdir, fn), stats)
        else:
            check_jsonl(p, stats)
    for k in sorted(stats):
        print("  %-60s %d" % (k, stats[k]))
    print("check: OK")


# --------------------------------------------------------------------------- main

def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(os.path.dirname(here), "data", "sample")
    ascii_ = "--ascii" in argv
    argv = [a for a in argv if a != "--ascii"]
    if argv and argv[0] == "--bench":
        part, parts, authors = 1, 1, 5000
        # Real captures have far more authors than the default's 5,000 (memory per account).
        if "--authors" in argv:
            at = argv.index("--authors")
            if at + 1 >= len(argv) or not argv[at + 1].isdigit():
                sys.exit("make-sample-data.py: --authors needs a number")
            authors = max(100, int(argv[at + 1]))
            argv = argv[:at] + argv[at + 2:]
        if len(argv) == 5 and argv[3] == "--part" and re.fullmatch(r"[1-8]/[1-8]", argv[4]):
            part, parts = (int(x) for x in argv[4].split("/"))
            argv = argv[:3]
        if len(argv) != 3 or not argv[1].isdigit() or part > parts:
            sys.exit("usage: make-sample-data.py --bench N OUT.jsonl [--part K/P] [--authors A]"
                     " [--ascii]  (K <= P <= 8)")
        t0 = time.time()
        bench(int(argv[1]), argv[2], ascii_, part, parts, authors)
        print("bench: %.1f s" % (time.time() - t0))
        return
    if argv and argv[0] == "--check":
        try:
            check(argv[1:] or [default_out])
        except (CheckError, KeyError, ValueError, IndexError, TypeError) as e:
            print("check: FAILED: %s: %s" % (type(e).__name__, e))
            sys.exit(1)
        return
    out = default_out
    if argv and argv[0] == "--out":
        out = argv[1]
        argv = argv[2:]
    if argv:
        sys.exit(__doc__)
    generate(out, ascii_)


if __name__ == "__main__":
    main(sys.argv[1:])
