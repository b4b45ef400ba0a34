"""Excel in and out: reading spreadsheets people bring, writing the ones they take away."""
