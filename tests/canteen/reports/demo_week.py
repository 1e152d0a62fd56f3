"""Københavns Politigård's week 49 of 2026 as `canteen demo` plans it: 9 lines, 7 days."""

from __future__ import annotations

# (code, Danish name, English name)
LINES = (
    ("morgenmad", "Morgenmad", "Breakfast"),
    ("dagens", "Dagens ret", "Dish of the day"),
    ("vegetar", "Dagens vegetar", "Vegetarian dish"),
    ("suppe", "Suppe", "Soup"),
    ("salatbar", "Salatbar", "Salad bar"),
    ("brod", "Brød", "Bread"),
    ("dessert", "Dessert", "Dessert"),
    ("aftensmad", "Aftensmad", "Evening meal"),
    ("natmad", "Natmad", "Night-shift snack"),
)
# Per day (Monday first): line code -> ((Danish, English, contains, may contain), ...)
DAYS = (
    {
        "morgenmad": (
            (
                "Morgenbuffet med brød, ost og pålæg",
                "Breakfast buffet with bread, cheese and cold cuts",
                (1, 3, 7),
                (11,),
            ),
            (
                "Røræg med bacon og grovbrød",
                "Scrambled eggs with bacon and wholemeal bread",
                (1, 3, 7),
                (11,),
            ),
        ),
        "dagens": (("Spaghetti bolognese", "Spaghetti bolognese", (1, 7, 9, 12), (3,)),),
        "vegetar": (
            (
                "Ovnbagt blomkål med linser og yoghurtdressing",
                "Roasted cauliflower with lentils and yoghurt dressing",
                (7, 8),
                (1, 5),
            ),
        ),
        "suppe": (("Champignonsuppe med timian", "Mushroom soup with thyme", (1, 7, 9), ()),),
        "salatbar": (
            ("Salatbar med grønt og dressing", "Salad bar with greens and dressing", (12,), ()),
            ("Coleslaw", "Coleslaw", (3, 7), (10, 12)),
        ),
        "brod": (("Hjemmebagte grovboller", "Home-baked wholemeal rolls", (1,), ()),),
        "dessert": (
            ("Chokolademousse med hindbær", "Chocolate mousse with raspberries", (3, 7), (8,)),
        ),
        "aftensmad": (
            (
                "Kyllingewok med nudler og cashewnødder",
                "Chicken stir-fry with noodles and cashews",
                (1, 3, 6, 8),
                (5,),
            ),
        ),
        "natmad": (
            ("Pastasalat med skinke og ærter", "Pasta salad with ham and peas", (1, 3, 7), (10,)),
        ),
    },
    {
        "morgenmad": (
            (
                "Morgenbuffet med brød, ost og pålæg",
                "Breakfast buffet with bread, cheese and cold cuts",
                (1, 3, 7),
                (11,),
            ),
            ("Havregrød med æble og kanel", "Porridge with apple and cinnamon", (1, 7), (12,)),
        ),
        "dagens": (
            (
                "Hakkebøf med bløde løg og kartofler",
                "Beef patties with fried onions and potatoes",
                (7,),
                (1, 10),
            ),
        ),
        "vegetar": (
            ("Spinattærte med feta og salat", "Spinach and feta quiche with salad", (1, 3, 7), ()),
        ),
        "suppe": (("Tomatsuppe med basilikum", "Tomato soup with basil", (9,), ()),),
        "salatbar": (
            ("Salatbar med grønt og dressing", "Salad bar with greens and dressing", (12,), ()),
            (
                "Rødbedesalat med æble og valnødder",
                "Beetroot salad with apple and walnuts",
                (7, 8),
                (5,),
            ),
        ),
        "brod": (("Rugbrød og smør", "Rye bread and butter", (1, 7), (11,)),),
        "dessert": (
            ("Pandekager med jordbærsyltetøj", "Pancakes with strawberry jam", (1, 3, 7), ()),
        ),
        "aftensmad": (
            (
                "Fiskefrikadeller med remoulade og kartofler",
                "Fish cakes with remoulade and potatoes",
                (3, 4, 7, 10),
                (),
            ),
        ),
        "natmad": (
            ("Sandwich med kylling og bacon", "Chicken and bacon sandwich", (1, 3), (10, 11)),
        ),
    },
    {
        "morgenmad": (
            (
                "Morgenbuffet med brød, ost og pålæg",
                "Breakfast buffet with bread, cheese and cold cuts",
                (1, 3, 7),
                (11,),
            ),
            ("Yoghurt med müsli og frugt", "Yoghurt with muesli and fruit", (1, 7, 8), (5, 11)),
        ),
        "dagens": (
            ("Brændende kærlighed", "Mashed potatoes with bacon and fried onions", (7,), ()),
        ),
        "vegetar": (
            (
                "Æggekage med tomat, purløg og rugbrød",
                "Danish omelette with tomato, chives and rye bread",
                (1, 3, 7),
                (11,),
            ),
        ),
        "suppe": (
            (
                "Græskarsuppe med ingefær og ristede kerner",
                "Squash soup with ginger and toasted seeds",
                (9,),
                (),
            ),
        ),
        "salatbar": (
            ("Salatbar med grønt og dressing", "Salad bar with greens and dressing", (12,), ()),
            (
                "Pastasalat med pesto og rucola",
                "Pasta salad with pesto and rocket",
                (1, 7, 8),
                (3,),
            ),
        ),
        "brod": (("Surdejsbrød med smør", "Sourdough bread with butter", (1, 7), ()),),
        "dessert": (
            (
                "Æblekage med makroner og flødeskum",
                "Danish apple trifle with macaroons and whipped cream",
                (1, 3, 7, 8),
                (11,),
            ),
        ),
        "aftensmad": (
            ("Svensk pølseret med ris", "Swedish sausage stroganoff with rice", (7,), (9, 10)),
        ),
        "natmad": (("Rugbrødsmadder med pålæg", "Open rye bread sandwiches", (1, 3, 7), (10, 11)),),
    },
    {
        "morgenmad": (
            (
                "Morgenbuffet med brød, ost og pålæg",
                "Breakfast buffet with bread, cheese and cold cuts",
                (1, 3, 7),
                (11,),
            ),
            (
                "Røræg med bacon og grovbrød",
                "Scrambled eggs with bacon and wholemeal bread",
                (1, 3, 7),
                (11,),
            ),
        ),
        "dagens": (
            (
                "Biksemad med spejlæg og rødbeder",
                "Danish hash with fried egg and pickled beetroot",
                (3, 4, 7),
                (),
            ),
        ),
        "vegetar": (
            (
                "Falafel med hummus og bulgursalat",
                "Falafel with hummus and bulgur salad",
                (1, 11),
                (),
            ),
        ),
        "suppe": (
            ("Fiskesuppe med torsk og rejer", "Fish soup with cod and prawns", (2, 4, 7, 12), (9,)),
        ),
        "salatbar": (
            ("Salatbar med grønt og dressing", "Salad bar with greens and dressing", (12,), ()),
            (
                "Grønkålssalat med æble og ristede kerner",
                "Kale salad with apple and toasted seeds",
                (),
                (),
            ),
        ),
        "brod": (
            (
                "Økologisk rugbrød med plantemargarine",
                "Organic rye bread with plant-based spread",
                (1,),
                (11,),
            ),
        ),
        "dessert": (
            ("Skyr med blåbær og müsli", "Skyr with blueberries and muesli", (1, 7, 8), (5, 11)),
        ),
        "aftensmad": (("Chili con carne med ris", "Chili con carne with rice", (7,), ()),),
        "natmad": (
            ("Sandwich med kylling og bacon", "Chicken and bacon sandwich", (1, 3), (10, 11)),
        ),
    },
    {
        "morgenmad": (
            (
                "Morgenbuffet med brød, ost og pålæg",
                "Breakfast buffet with bread, cheese and cold cuts",
                (1, 3, 7),
                (11,),
            ),
            ("Yoghurt med müsli og frugt", "Yoghurt with muesli and fruit", (1, 7, 8), (5, 11)),
        ),
        "dagens": (
            (
                "Kyllingewok med nudler og cashewnødder",
                "Chicken stir-fry with noodles and cashews",
                (1, 3, 6, 8),
                (5,),
            ),
        ),
        "vegetar": (("Grøntsagslasagne", "Vegetable lasagne", (1, 7), (3,)),),
        "suppe": (("Broccolisuppe", "Broccoli soup", (7, 9), ()),),
        "salatbar": (
            ("Salatbar med grønt og dressing", "Salad bar with greens and dressing", (12,), ()),
            (
                "Linsesalat med feta og cherrytomater",
                "Lentil salad with feta and cherry tomatoes",
                (7, 12),
                (1,),
            ),
        ),
        "brod": (("Hjemmebagte grovboller", "Home-baked wholemeal rolls", (1,), ()),),
        "dessert": (
            (
                "Risalamande med kirsebærsauce",
                "Rice pudding with almonds and cherry sauce",
                (7, 8),
                (5,),
            ),
        ),
        "aftensmad": (
            (
                "Braiseret oksebov med rodfrugter",
                "Braised beef chuck with root vegetables",
                (12,),
                (),
            ),
        ),
        "natmad": (
            ("Pastasalat med skinke og ærter", "Pasta salad with ham and peas", (1, 3, 7), (10,)),
        ),
    },
    {
        "morgenmad": (
            (
                "Morgenbuffet med brød, ost og pålæg",
                "Breakfast buffet with bread, cheese and cold cuts",
                (1, 3, 7),
                (11,),
            ),
        ),
        "dagens": (("Lasagne med oksekød", "Beef lasagne", (1, 7), (3,)),),
        "aftensmad": (
            (
                "Ovnbagt laks med dildsauce og nye kartofler",
                "Baked salmon with dill sauce and new potatoes",
                (4, 7),
                (),
            ),
        ),
        "natmad": (("Rugbrødsmadder med pålæg", "Open rye bread sandwiches", (1, 3, 7), (10, 11)),),
    },
    {
        "morgenmad": (
            (
                "Morgenbuffet med brød, ost og pålæg",
                "Breakfast buffet with bread, cheese and cold cuts",
                (1, 3, 7),
                (11,),
            ),
        ),
        "dagens": (
            ("Svensk pølseret med ris", "Swedish sausage stroganoff with rice", (7,), (9, 10)),
        ),
        "aftensmad": (
            ("Boller i karry med ris", "Meatballs in curry sauce with rice", (1, 3, 7), (9,)),
        ),
        "natmad": (
            ("Sandwich med kylling og bacon", "Chicken and bacon sandwich", (1, 3), (10, 11)),
        ),
    },
)
