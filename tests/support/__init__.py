"""What tests share besides fixtures: constants, factories, fakes and test servers.

Fixtures stay in the conftest.py files; a test module imports helpers from here, never
from another test module or a conftest.
"""

from tests.support.env import NOW, ON_CI, ROOT
from tests.support.factories import make_user

__all__ = ["NOW", "ON_CI", "ROOT", "make_user"]
