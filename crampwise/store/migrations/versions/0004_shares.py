"""shares: an athlete lets a coach or physiotherapist read their journal

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:10:00
"""
from alembic import op
import sqlalchemy as sa
import crampwise.store.tables


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'shares',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=False),
        sa.Column('viewer_id', sa.Integer(), nullable=False),
        sa.Column('created_at', crampwise.store.tables.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['owner_id'], ['users.id'],
                                name=op.f('fk_shares_owner_id_users'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['viewer_id'], ['users.id'],
                                name=op.f('fk_shares_viewer_id_users'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shares')),
        sa.UniqueConstraint('owner_id', 'viewer_id', name='uq_shares_pair'),
    )
    op.create_index('ix_shares_viewer', 'shares', ['viewer_id'])


def downgrade() -> None:
    op.drop_index('ix_shares_viewer', table_name='shares')
    op.drop_table('shares')
