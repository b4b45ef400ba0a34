"""Entry point of the frozen application (PyInstaller runs this file)."""

from coordinator_app.__main__ import main

if __name__ == "__main__":
    main()
