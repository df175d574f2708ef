"""Countries and currencies a figure can name, with how the handbook writes them.

Codes are the international standards (ISO 3166-1 alpha-2 for countries, ISO 4217 for
currencies). A code missing here is refused with "did you mean", so a typo never reaches
a page; to add one, add its name or its written form below.
"""

from __future__ import annotations

WORLD = "world"

COUNTRIES: dict[str, str] = {
    WORLD: "worldwide",
    "AT": "Austria",
    "AU": "Australia",
    "BE": "Belgium",
    "BR": "Brazil",
    "CA": "Canada",
    "CH": "Switzerland",
    "CN": "China",
    "DE": "Germany",
    "DK": "Denmark",
    "ES": "Spain",
    "FI": "Finland",
    "FR": "France",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "IN": "India",
    "IT": "Italy",
    "JP": "Japan",
    "MX": "Mexico",
    "NL": "Netherlands",
    "NO": "Norway",
    "NZ": "New Zealand",
    "PL": "Poland",
    "PT": "Portugal",
    "SE": "Sweden",
    "SG": "Singapore",
    "US": "United States",
    "ZA": "South Africa",
}

# countries whose English name takes "the" in a sentence ("in the Netherlands")
WITH_THE: frozenset[str] = frozenset({"GB", "NL", "US"})

# How an amount is written: a prefix that names one currency only. "$" alone always means US
# dollars; other dollars carry their country's letter (C$, A$); currencies whose sign is shared
# or little known to English readers are written with their code and a no-break space (SEK 53,500).
CURRENCIES: dict[str, str] = {
    "USD": "$",
    "GBP": "£",
    "EUR": "€",
    "INR": "₹",
    "CAD": "C$",
    "AUD": "A$",
    "NZD": "NZ$",
    "SGD": "S$",
    "BRL": "R$",
    "MXN": "MX$",
    "CHF": "CHF\u00a0",
    "SEK": "SEK\u00a0",
    "NOK": "NOK\u00a0",
    "DKK": "DKK\u00a0",
    "PLN": "PLN\u00a0",
    "JPY": "JPY\u00a0",
    "CNY": "CNY\u00a0",
    "ZAR": "ZAR\u00a0",
}

# what a reader calls each currency, for the sentence that introduces a country's figures
CURRENCY_NAMES: dict[str, str] = {
    "USD": "US dollars",
    "GBP": "pounds sterling",
    "EUR": "euros",
    "INR": "Indian rupees",
    "CAD": "Canadian dollars",
    "AUD": "Australian dollars",
    "NZD": "New Zealand dollars",
    "SGD": "Singapore dollars",
    "BRL": "Brazilian reais",
    "MXN": "Mexican pesos",
    "CHF": "Swiss francs",
    "SEK": "Swedish kronor",
    "NOK": "Norwegian kroner",
    "DKK": "Danish kroner",
    "PLN": "Polish zloty",
    "JPY": "Japanese yen",
    "CNY": "Chinese yuan",
    "ZAR": "South African rand",
}
