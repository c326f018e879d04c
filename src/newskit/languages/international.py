"""Names that are the same in every language: well-known companies worldwide.

Language modules include these in their own lexicons (see ``languages/de/actors.py``); one
``Name|Alias`` per line, ``#`` starts a comment.
"""

WORLD_COMPANIES = """
        Dell
        Yahoo
        AOL
        Atari
        Saab
        Lenovo
        AXA
        Merrill Lynch
        Arcandor
        Hugo Boss
        Delivery Hero
        KLM
        Alitalia
        Sanofi
        AstraZeneca
        Johnson & Johnson
        Glencore
        ArcelorMittal
        Rio Tinto
        Inditex
        Carrefour
        Kaufland
        Dr. Oetker
        Haribo
        Miele
        Stihl
        Würth
        Carl Zeiss
        Wacker Chemie
        Lanxess
        Scania
        Kuka
        EADS
        Eurocopter
        Dassault
        Lockheed Martin
        Raytheon
        Northrop Grumman
        General Electric
        Alstom
        Bombardier
        Embraer
        Lyft
        Xerox
        Kodak
        Nikon
        Panasonic
        Toshiba
        Hitachi
        Mitsubishi
        Fujitsu
        LG
        Foxconn
        TSMC
        Netscape
        Sun Microsystems
        Adobe
        Salesforce
        Siemens Mobile
        Infosys
        Petrobras
        Pemex
        Sberbank
        Aeroflot
        Wintershall
        Gazprom Neft
        Vivendi
        Bouygues
        Telekom Austria
        Swiss Re
        Zurich Insurance
        Generali
        Hypo Real Estate
        Dresdner Bank
        WestLB
        BayernLB
        HSH Nordbank
        IKB
        Saudi Aramco|Aramco
        BlackBerry
        Lehman Brothers|Lehman
"""
