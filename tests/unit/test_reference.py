from __future__ import annotations

from sqlalchemy import func, select

from coordinator_app.models import FormerMunicipality, Municipality, Province
from coordinator_app.services.reference import MunicipalityResolver, ensure_reference_data


def test_reference_data_loaded(session):
    assert session.scalar(select(func.count()).select_from(Municipality)) == 22
    assert session.scalar(select(func.count()).select_from(FormerMunicipality)) == 21
    assert set(session.scalars(select(Province.name))) == {"Groningen", "Drenthe"}
    groningen = session.scalars(select(Municipality).where(Municipality.cbs_code == "GM0014")).one()
    assert (groningen.name, groningen.subregion) == ("Groningen", "Centraal")
    assert abs(groningen.latitude - 53.2194) < 1e-6


def test_loading_twice_adds_nothing(session):
    assert ensure_reference_data(session) == 0


def test_former_and_differently_written_names_resolve(session):
    resolve = MunicipalityResolver(session).resolve
    assert resolve("Appingedam").name == "Eemsdelta"
    assert resolve("HAREN").name == "Groningen"
    assert resolve("winschoten").name == "Oldambt"
    assert resolve("Winsum").name == "Het Hogeland"
    assert resolve("Gemeente Midden-Groningen").name == "Midden-Groningen"
    assert resolve("GM0106").name == "Assen"
    assert resolve("Amsterdam") is None
    assert resolve("") is None
