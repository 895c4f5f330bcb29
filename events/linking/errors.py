from geo.errors import MarsadError


class LinkError(MarsadError):
    """A split or link request names a linked event or event that is not there."""
