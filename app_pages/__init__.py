"""The page scripts listed in st.navigation; a package only so import-linter can see them."""
