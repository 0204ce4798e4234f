import type { ButtonHTMLAttributes, Ref } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger';
  ref?: Ref<HTMLButtonElement>;
}

const VARIANTS = {
  primary: 'bg-qc-blue text-white hover:bg-qc-blue-dark',
  secondary: 'border-2 border-qc-blue bg-white text-qc-blue hover:bg-qc-blue-pale',
  danger: 'bg-qc-red text-white hover:bg-red-800',
};

export function Button({ variant = 'primary', className = '', type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${VARIANTS[variant]} ${className}`} {...props} />;
}
