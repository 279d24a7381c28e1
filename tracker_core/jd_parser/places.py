"""Place names that tell a location apart from a role specialisation in a title suffix.

Small on purpose: countries, regions, US states and Canadian provinces, and the cities
that job postings name most. A suffix such as "Data Engineer — Melbourne" is a place;
"Staff Software Engineer, Payments" is not.
"""

from __future__ import annotations

import re

_COUNTRIES = (
    "united states|usa|u\\.s\\.|us|united kingdom|uk|england|scotland|wales|ireland|"
    "northern ireland|canada|australia|new zealand|germany|deutschland|austria|switzerland|"
    "france|spain|portugal|italy|netherlands|the netherlands|belgium|luxembourg|denmark|"
    "sweden|norway|finland|iceland|poland|czechia|czech republic|slovakia|hungary|romania|"
    "bulgaria|greece|croatia|serbia|slovenia|estonia|latvia|lithuania|ukraine|turkey|"
    "israel|uae|united arab emirates|saudi arabia|qatar|egypt|south africa|nigeria|kenya|"
    "morocco|india|pakistan|bangladesh|sri lanka|singapore|malaysia|indonesia|philippines|"
    "vietnam|thailand|japan|south korea|korea|china|hong kong|taiwan|mexico|brazil|"
    "argentina|chile|colombia|peru|uruguay|costa rica"
)
_REGIONS = (
    "eu|europe|emea|apac|latam|americas|north america|south america|dach|nordics|benelux|"
    "cee|mena|asia|africa|worldwide|global|anywhere|international|nationwide|"
    "east coast|west coast|midwest|bay area|greater london|us east|us west|est|pst|cet|utc"
)
_STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|"
    "georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|"
    "massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|"
    "new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|"
    "oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|"
    "vermont|virginia|washington|west virginia|wisconsin|wyoming|ontario|quebec|"
    "british columbia|alberta|manitoba|nova scotia|new south wales|victoria|queensland|"
    "bavaria|bayern|île-de-france|catalonia|maharashtra|karnataka|telangana|tamil nadu"
)
_CITIES = (
    "new york city|nyc|san francisco|sf|los angeles|la|seattle|boston|chicago|austin|denver|"
    "atlanta|miami|dallas|houston|phoenix|philadelphia|pittsburgh|portland|san diego|"
    "san jose|salt lake city|minneapolis|detroit|nashville|charlotte|raleigh|washington dc|"
    "dc|baltimore|columbus|cleveland|cincinnati|st\\. louis|kansas city|tampa|orlando|"
    "las vegas|sacramento|toronto|vancouver|montreal|montréal|calgary|ottawa|edmonton|"
    "waterloo|london|manchester|birmingham|leeds|bristol|edinburgh|glasgow|cardiff|belfast|"
    "cambridge|oxford|reading|newcastle|liverpool|sheffield|nottingham|brighton|dublin|cork|"
    "berlin|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|leipzig|"
    "vienna|wien|zurich|zürich|geneva|basel|bern|paris|lyon|marseille|toulouse|lille|"
    "nantes|bordeaux|madrid|barcelona|valencia|lisbon|lisboa|porto|milan|rome|turin|"
    "amsterdam|rotterdam|utrecht|the hague|eindhoven|brussels|antwerp|copenhagen|"
    "stockholm|gothenburg|oslo|helsinki|warsaw|krakow|kraków|wroclaw|prague|budapest|"
    "bucharest|sofia|athens|tallinn|riga|vilnius|kyiv|istanbul|tel aviv|dubai|abu dhabi|"
    "cairo|cape town|johannesburg|lagos|nairobi|bangalore|bengaluru|mumbai|delhi|new delhi|"
    "gurgaon|gurugram|noida|pune|hyderabad|chennai|kolkata|ahmedabad|singapore|kuala lumpur|"
    "jakarta|manila|ho chi minh city|bangkok|tokyo|osaka|seoul|shanghai|beijing|shenzhen|"
    "taipei|sydney|melbourne|brisbane|perth|adelaide|canberra|auckland|wellington|"
    "christchurch|mexico city|são paulo|sao paulo|buenos aires|santiago|bogotá|bogota|lima"
)
_PLACE = re.compile(
    rf"(?:{_COUNTRIES}|{_REGIONS}|{_STATES}|{_CITIES})(?:\s+(?:only|area|based|metro|hq))?",
    re.IGNORECASE,
)
_CITY_STATE = re.compile(r"[A-Z][\w.' -]+,\s*[A-Z]{2,3}")


def is_place(text: str) -> bool:
    """True when the text is only place names ("Berlin", "Remote, EU" minus the mode word,
    "Austin, TX", "London or Manchester")."""
    text = text.strip(" ()[],.;:/-–—")
    if not text:
        return False
    if _CITY_STATE.fullmatch(text):
        return True
    parts = re.split(r"\s*(?:,|/|\bor\b|\band\b|&|\+|;)\s*", text)
    return all(_PLACE.fullmatch(part.strip(" ()")) for part in parts if part.strip(" ()"))
