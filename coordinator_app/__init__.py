"""Coordinator: plan and follow traineeship programmes in Groningen and Drenthe."""

__version__ = "0.1.0"
APP_NAME = "Coordinator"
