/// Commands and imports append and load domain events through the one event codec
/// (`DomainEventCoding`); it is part of this module's public vocabulary, so every caller of
/// the application layer encodes and decodes events the same way.
@_exported import DomainEventCoding
